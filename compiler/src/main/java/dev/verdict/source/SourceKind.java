package dev.verdict.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The kinds of file a policy refers to by name: platform profiles ({@code platform tiktok_us})
 * and schemas. Each kind has bundled files, listed in {@code index.txt} in its resource folder
 * ({@code /dev/verdict/profiles/}); a bundled file is named {@code bundled:NAME.EXTENSION}.
 */
public enum SourceKind {
    PROFILE("profiles", ".platform"),
    SCHEMA("schemas", ".schema");

    private final String folder;
    private final String extension;
    private List<String> bundled;

    SourceKind(String folder, String extension) {
        this.folder = folder;
        this.extension = extension;
    }

    /** The file name extension, with its dot. */
    public String extension() {
        return extension;
    }

    /** The names of the bundled files of this kind, in index order. */
    public synchronized List<String> bundledNames() {
        if (bundled == null) {
            bundled = readIndex();
        }
        return bundled;
    }

    /** The resource of bundled file {@code name}. */
    String resource(String name) {
        return directory() + name + extension;
    }

    /** How diagnostics name bundled file {@code name}. */
    String displayPath(String name) {
        return "bundled:" + name + extension;
    }

    private String directory() {
        return "/dev/verdict/" + folder + "/";
    }

    private List<String> readIndex() {
        try (InputStream in = SourceKind.class.getResourceAsStream(directory() + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("the index of bundled " + folder + " is missing");
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
