package dev.verdict.check;

import dev.verdict.diag.Suggestions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the text of platform profiles: bundled ones by name ({@code platform tiktok_us}, from
 * the resources listed in {@code profiles/index.txt}), others as files. A bundled profile's
 * diagnostics name it {@code bundled:NAME.platform}.
 */
public final class ProfileLoader {

    private static final String DIRECTORY = "/dev/verdict/profiles/";
    private static final List<String> BUNDLED = readIndex();
    private static final Pattern SCHEMA_LINE =
            Pattern.compile("^\\s*schema\\s+([a-z_][a-z0-9_]*)", Pattern.MULTILINE);
    private static final Map<String, String> SCHEMAS = new ConcurrentHashMap<>();

    private ProfileLoader() {
    }

    /** The names of the bundled profiles, in index order. */
    public static List<String> bundledNames() {
        return BUNDLED;
    }

    /**
     * The bundled profiles for a schema {@code constrains} accepts, in index order: each
     * constrains the schema its {@code schema} line names, else {@code aftersale}.
     */
    static List<String> bundledFor(Predicate<String> constrains) {
        return BUNDLED.stream().filter(name -> constrains.test(SCHEMAS.computeIfAbsent(name,
                ProfileLoader::schemaOf))).toList();
    }

    private static String schemaOf(String name) {
        try {
            Matcher line = SCHEMA_LINE.matcher(bundled(name).text());
            return line.find() ? line.group(1) : "aftersale";
        } catch (NotFound e) {
            throw new IllegalStateException(e);
        }
    }

    /** A profile's text and how diagnostics name its file. */
    record ProfileText(String displayPath, String text) {
    }

    /** Why a profile could not be had: a message for E0209, and help (may be null). */
    static final class NotFound extends Exception {
        private final String help;

        NotFound(String message, String help) {
            super(message);
            this.help = help;
        }

        String help() {
            return help;
        }
    }

    static ProfileText bundled(String name) throws NotFound {
        if (!BUNDLED.contains(name)) {
            String help = Suggestions.didYouMean(name, BUNDLED);
            if (help == null) {
                help = bundledList() + "; a profile of your own is named by its path in quotes";
            }
            throw new NotFound("unknown platform profile `" + name + "`", help);
        }
        String resource = DIRECTORY + name + ".platform";
        try (InputStream in = ProfileLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled profile " + name + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ProfileText("bundled:" + name + ".platform", text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProfileText file(Path file, String displayPath) throws NotFound {
        String cannot = "cannot read profile `" + displayPath + "`: ";
        try {
            return new ProfileText(displayPath, Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new NotFound(cannot + "no such file",
                    "a quoted name is a path relative to the policy's folder; " + bundledList());
        } catch (CharacterCodingException e) {
            throw new NotFound(cannot + "it is not UTF-8 text", null);
        } catch (IOException e) {
            throw new NotFound(cannot + e.getMessage(), null);
        }
    }

    private static String bundledList() {
        return "bundled profiles: "
                + String.join(", ", BUNDLED.stream().map(n -> "`" + n + "`").toList());
    }

    private static List<String> readIndex() {
        try (InputStream in = ProfileLoader.class.getResourceAsStream(DIRECTORY + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("the index of bundled profiles is missing");
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
