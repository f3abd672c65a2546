package dev.verdict.simulate;

import dev.verdict.schema.Field;
import dev.verdict.source.Schemas;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.StringJoiner;

/**
 * A seeded random history for the aftersale schema: every field of every kind, nested or
 * flat, money as strings and as numbers; and now and then a blank line, a request missing a
 * field, a duplicate key, broken JSON or bytes that are not UTF-8.
 */
final class HistoryLines {

    private final SplittableRandom random;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private HistoryLines(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** {@code count} lines of history, the same for the same seed. */
    static byte[] generate(long seed, int count) {
        HistoryLines history = new HistoryLines(seed);
        for (int i = 0; i < count; i++) {
            history.line();
        }
        return history.out.toByteArray();
    }

    private void line() {
        int kind = random.nextInt(100);
        String request = request();
        if (kind < 3) {
            write("  ");
        } else if (kind < 5) {
            write(request.replace("\"amount\"", "\"amount\":\"1\",\"amount\""));
        } else if (kind < 7) {
            write(request.substring(0, request.length() / 2));
        } else if (kind < 8) {
            out.write(0xff);
            write(request);
        } else if (kind < 10) {
            write(request.replace("\"request\"", "\"requets\""));
        } else {
            write(request);
        }
        out.write('\n');
    }

    private void write(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A request: each group of dotted fields nested in one object or written flat. */
    private String request() {
        Map<String, StringJoiner> members = new LinkedHashMap<>();
        Map<String, Boolean> nested = new HashMap<>();
        for (Field field : Schemas.aftersale().fields()) {
            if (field.optional() && random.nextInt(5) == 0) {
                continue;
            }
            String path = field.path();
            int dot = path.indexOf('.');
            String group = dot > 0 && nested.computeIfAbsent(path.substring(0, dot),
                    g -> random.nextBoolean()) ? path.substring(0, dot) : "";
            String key = group.isEmpty() ? path : path.substring(dot + 1);
            members.computeIfAbsent(group, g -> new StringJoiner(",", "{", "}"))
                    .add("\"" + key + "\":" + value(field));
        }
        StringJoiner request = new StringJoiner(",", "{", "}");
        members.forEach((group, fields) -> {
            String text = fields.toString();
            request.add(group.isEmpty() ? text.substring(1, text.length() - 1)
                    : "\"" + group + "\":" + text);
        });
        return request.toString();
    }

    private String value(Field field) {
        return switch (field.type().kind()) {
            case ENUM -> "\"" + field.type().values().get(
                    random.nextInt(field.type().values().size())) + "\"";
            case MONEY -> money(random.nextLong(30_000));
            case INT -> Long.toString(field.type().min()
                    + Math.min(random.nextLong(8), field.type().max() - field.type().min()));
            case DURATION -> "\"" + random.nextInt(100) + (random.nextBoolean() ? "d\"" : "h\"");
            case BOOL -> Boolean.toString(random.nextBoolean());
            case TIMESTAMP -> "\"2026-11-" + (20 + random.nextInt(10)) + "T"
                    + (10 + random.nextInt(14)) + ":00" + (random.nextBoolean() ? "Z" : "-05:00")
                    + "\"";
            default -> throw new IllegalArgumentException("no requests carry " + field.path());
        };
    }

    private String money(long cents) {
        String text = cents / 100 + "." + String.format("%02d", cents % 100);
        return random.nextBoolean() ? text : "\"" + text + "\"";
    }
}
