package dev.verdict.runtime;

import java.util.Arrays;

/**
 * Reads requests written as JSON in UTF-8 bytes straight into field values, with no tree or map
 * in between: keys are looked up in {@link FieldPaths}, values decoded by each field's
 * {@link FieldDecoder}. Strict like {@link RequestReader#read(java.util.Map)}: a key given twice
 * (in one object, or once nested and once flat), an unknown key, a missing required field, text
 * that is not UTF-8 or not one JSON object are each an {@link InvalidRequestException}; the
 * first problem found, reading from left to right, is the one reported.
 *
 * <p>Reusable and not thread-safe: one per thread. Reading a valid request allocates nothing but
 * the {@code String}s of string fields; the values it returns are overwritten by the next
 * {@link #read}. Get one from {@link RequestReader#parser()}.
 */
public final class RequestParser {

    private final RequestReader reader;
    private final FieldPaths paths;
    private final FieldDecoder[] decoders;
    private final JsonTokens tokens = new JsonTokens();
    private final long[] values;
    private final boolean[] present;
    private final String[] texts;
    private final RequestValues request;
    private final boolean[] given;
    private final boolean[] groupGiven;

    RequestParser(RequestReader reader, FieldPaths paths, FieldDecoder[] decoders) {
        this.reader = reader;
        this.paths = paths;
        this.decoders = decoders;
        this.values = new long[decoders.length];
        this.present = new boolean[decoders.length];
        this.texts = new String[decoders.length];
        this.request = RequestValues.over(values, present, texts);
        this.given = new boolean[decoders.length];
        this.groupGiven = new boolean[paths.groupCount()];
    }

    /**
     * The request in {@code bytes[from, to)}: one JSON object in UTF-8, white space around it
     * allowed. Valid until the next call.
     *
     * @throws InvalidRequestException naming the field, or with no field when the text is not
     *     UTF-8, not JSON or not an object
     */
    public RequestValues read(byte[] bytes, int from, int to) {
        if (!Utf8.isValid(bytes, from, to)) {
            throw new InvalidRequestException(null, "not UTF-8 text");
        }
        Arrays.fill(present, false);
        Arrays.fill(values, 0);
        Arrays.fill(texts, null);
        Arrays.fill(given, false);
        Arrays.fill(groupGiven, false);
        tokens.reset(bytes, from, to);
        int first = tokens.peek();
        if (first < 0) {
            throw new InvalidRequestException(null, "malformed JSON: no text");
        }
        if (first != '{') {
            throw notAnObject(first);
        }
        object(FieldPaths.ROOT);
        if (tokens.peek() >= 0) {
            throw tokens.malformed("more text after the request's closing `}`");
        }
        reader.requireFields(present);
        return request;
    }

    private void object(int group) {
        tokens.skip();
        if (tokens.peek() == '}') {
            tokens.skip();
            return;
        }
        while (true) {
            tokens.string();
            int entry = paths.find(group, tokens.text);
            boolean skipped = false;
            if (entry == FieldPaths.UNKNOWN) {
                String path = paths.path(group, tokens.text);
                if (!reader.skips(path)) {
                    throw new InvalidRequestException(path, "unknown field `" + path + "`");
                }
                skipped = true;
            }
            tokens.expect(':', "expected `:` after a key");
            if (skipped) {
                skipValue();
            } else if (FieldPaths.isGroup(entry)) {
                group(FieldPaths.group(entry));
            } else {
                field(entry);
            }
            int next = tokens.peek();
            if (next == '}') {
                tokens.skip();
                return;
            }
            if (next != ',') {
                throw tokens.malformed(next < 0 ? "the text ends inside an object"
                        : "expected `,` or `}`");
            }
            tokens.skip();
        }
    }

    /** Skips the value that starts next, whatever its shape: a skipped field's. */
    private void skipValue() {
        JsonType type = tokens.value();
        if (type != JsonType.OBJECT && type != JsonType.ARRAY) {
            return;
        }
        char close = type == JsonType.OBJECT ? '}' : ']';
        tokens.skip();
        if (tokens.peek() == close) {
            tokens.skip();
            return;
        }
        while (true) {
            if (type == JsonType.OBJECT) {
                tokens.string();
                tokens.expect(':', "expected `:` after a key");
            }
            skipValue();
            int next = tokens.peek();
            if (next == close) {
                tokens.skip();
                return;
            }
            if (next != ',') {
                throw tokens.malformed(next < 0 ? "the text ends inside a value"
                        : "expected `,` or `" + close + "`");
            }
            tokens.skip();
        }
    }

    private void field(int index) {
        if (given[index]) {
            String path = reader.fields().get(index).path();
            throw new InvalidRequestException(path, "field `" + path + "` is given twice");
        }
        given[index] = true;
        JsonType type = tokens.value();
        if (type != null) {
            values[index] = decoders[index].decode(type, tokens.text);
            texts[index] = decoders[index].text(tokens.text);
            present[index] = true;
        }
    }

    private void group(int group) {
        String path = paths.path(group);
        if (groupGiven[group]) {
            throw new InvalidRequestException(path, "`" + path + "` is given twice");
        }
        groupGiven[group] = true;
        JsonType type = tokens.value();
        if (type == JsonType.OBJECT) {
            object(group);
        } else if (type != null) {
            throw new InvalidRequestException(path, "`" + path + "` must be an object, found "
                    + FieldDecoder.describe(type, tokens.text));
        }
    }

    private InvalidRequestException notAnObject(int first) {
        String found = switch (first) {
            case '[' -> "a list";
            case '"' -> "a string";
            case 't', 'f' -> "a boolean";
            case 'n' -> "null";
            default -> first == '-' || (first >= '0' && first <= '9') ? "a number" : null;
        };
        return found == null ? tokens.malformed("expected a JSON object")
                : new InvalidRequestException(null, "a request must be a JSON object, found "
                        + found);
    }
}
