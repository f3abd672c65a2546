package dev.verdict.pipeline;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of file {@code verdict check} takes, by extension: policies, and platform profiles
 * and schemas checked on their own. A new kind is one more constant here and one more case in
 * {@link Compiler#compile(Checkable, String, String, java.nio.file.Path)}.
 */
public enum Checkable {
    POLICY(".policy"),
    PROFILE(dev.verdict.source.SourceKind.PROFILE.extension()),
    SCHEMA(dev.verdict.source.SourceKind.SCHEMA.extension());

    private final String extension;

    Checkable(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The kind of a file by its name, if it is one of these. */
    public static Optional<Checkable> of(String fileName) {
        return Arrays.stream(values()).filter(k -> fileName.endsWith(k.extension)).findFirst();
    }

    /** Every extension, for searching directories. */
    public static Set<String> extensions() {
        return Arrays.stream(values()).map(Checkable::extension).collect(Collectors.toSet());
    }
}
