package dev.verdict.source;

import dev.verdict.ast.Span;
import java.util.regex.Pattern;

/**
 * A reference to a profile or schema: a bundled name ({@code tiktok_us}) or a path. In a policy
 * a path is quoted and relative to the policy's folder; an option ({@code --platform}, the
 * Maven plugin's {@code platform}) is a path when it is not a bundled name, relative to the
 * current folder. {@code span} is where the policy wrote it, null for an option.
 */
public record SourceRef(String text, boolean path, Span span) {

    private static final Pattern BUNDLED_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    /** The one rule for an unquoted reference: a bundled name, as opposed to a path. */
    public static boolean isBundledName(String reference) {
        return BUNDLED_NAME.matcher(reference).matches();
    }

    /** A reference given as an option: a bundled name, or else a path. */
    public static SourceRef option(String reference) {
        return new SourceRef(reference, !isBundledName(reference), null);
    }

    /** Whether it was given as an option rather than written in a policy. */
    public boolean fromOption() {
        return span == null;
    }
}
