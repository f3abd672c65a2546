package dev.verdict.maven;

import dev.verdict.ast.Span;
import dev.verdict.diag.Diagnostic;
import dev.verdict.format.Formatter;
import dev.verdict.interp.TestResult;
import dev.verdict.ir.TestCase;
import java.nio.file.Path;

/**
 * Diagnostics and test failures as one log line each, in the {@code file:[line,col]} form
 * Maven's compiler plugin prints and IDEs link to, with the file as a full path:
 * <pre>
 * /p/returns.policy:[7,6] error[E0201]: unknown field `reasn` (help: did you mean `reason`?)
 * /p/returns.policy:[21,1] test "a late return" failed: expected `reject`, got ...
 * </pre>
 */
final class MavenMessages {

    private static final String BUNDLED = "bundled:";

    private final Path basedir;

    /** @param basedir the directory the files in diagnostics are relative to */
    MavenMessages(Path basedir) {
        this.basedir = basedir.toAbsolutePath().normalize();
    }

    /** {@code FILE:[LINE,COL] SEVERITY[CODE]: MESSAGE (help: HELP)}. */
    String diagnostic(Diagnostic d) {
        StringBuilder line = new StringBuilder(location(d.file(), d.span()))
                .append(d.severity().word()).append('[').append(d.code()).append("]: ")
                .append(d.message());
        if (d.help() != null) {
            line.append(" (help: ").append(d.help()).append(')');
        }
        return line.toString();
    }

    /** {@code FILE:[LINE,COL] test "NAME" failed: WHY}. */
    String testFailure(TestResult result) {
        TestCase test = result.test();
        return location(test.file(), test.span()) + "test " + Formatter.quote(test.name())
                + " failed: " + result.failure();
    }

    /** A file's full path: relative names from the base directory; bundled profiles as named. */
    String path(String file) {
        if (file.startsWith(BUNDLED)) {
            return file;
        }
        return basedir.resolve(file).normalize().toString();
    }

    private String location(String file, Span span) {
        if (file == null) {
            return "";
        }
        return path(file) + ":[" + span.line() + "," + span.column() + "] ";
    }
}
