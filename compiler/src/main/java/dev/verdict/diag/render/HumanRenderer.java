package dev.verdict.diag.render;

import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.Related;
import dev.verdict.diag.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The human format (SPEC §10): per diagnostic a {@code file:line:column: severity[CODE]: message}
 * header, the source line under a gutter, and carets under the span with the help after them,
 * then a {@code = note:} line for each related place;
 * a blank line between diagnostics; then a summary ({@code error: 2 errors, 1 warning}, or
 * {@code 1 warning} when there are only warnings; nothing when there is neither). Colours only
 * when asked for. Each file's lines are indexed once, so rendering takes time in proportion to
 * the text and the diagnostics, however many there are.
 */
public final class HumanRenderer implements DiagnosticRenderer {

    private static final int MIN_NUMBER_WIDTH = 3;

    private final Paint paint;

    public HumanRenderer(boolean colour) {
        this.paint = new Paint(colour);
    }

    @Override
    public void render(List<Diagnostic> diagnostics, Map<String, String> sources, PrintWriter out) {
        render(diagnostics, sources, out, () -> false);
    }

    /** Stops before the next diagnostic once {@code timeUp}; the summary counts them all. */
    @Override
    public int render(List<Diagnostic> diagnostics, Map<String, String> sources,
                      PrintWriter out, BooleanSupplier timeUp) {
        List<Diagnostic> sorted = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
        Map<String, LineIndex> indexes = new HashMap<>();
        int gutter = 1 + Math.max(MIN_NUMBER_WIDTH, sorted.stream()
                .mapToInt(d -> Integer.toString(d.span().line()).length()).max().orElse(0));
        int written = 0;
        while (written < sorted.size() && !timeUp.getAsBoolean()) {
            if (written > 0) {
                out.println();
            }
            render(sorted.get(written), sources, indexes, gutter, out);
            written++;
        }
        String summary = summary(sorted);
        if (summary != null) {
            out.println();
            out.println(summary);
        }
        out.flush();
        return written;
    }

    private void render(Diagnostic d, Map<String, String> sources,
            Map<String, LineIndex> indexes, int gutter, PrintWriter out) {
        String location = d.file() == null ? ""
                : d.file() + ":" + d.span().line() + ":" + d.span().column() + ": ";
        out.println(paint.bold(location) + paint.severity(d.severity(),
                d.severity().word() + "[" + d.code() + "]") + paint.bold(": " + d.message()));
        String text = QuotedFiles.quotable(d.file()) ? sources.get(d.file()) : null;
        SourceExcerpt excerpt = text == null ? null
                : SourceExcerpt.of(indexes.computeIfAbsent(d.file(), f -> LineIndex.of(text)),
                        d.span());
        String help = d.help() == null ? "" : " " + paint.help("help:") + " " + d.help();
        if (excerpt == null) {
            if (d.help() != null) {
                out.println(" ".repeat(gutter) + " " + paint.gutter("=") + help);
            }
        } else {
            String number = Integer.toString(d.span().line());
            out.println(paint.gutter(" ".repeat(gutter - number.length()) + number + " |")
                    + (excerpt.line().isEmpty() ? "" : " " + excerpt.line()));
            out.println(paint.gutter(" ".repeat(gutter) + " |") + " " + excerpt.padding()
                    + paint.severity(d.severity(), excerpt.carets()) + help);
        }
        for (Related related : d.related()) {
            out.println(" ".repeat(gutter) + " " + paint.gutter("=") + " " + paint.help("note:")
                    + " " + related.message() + " at " + related.file() + ":"
                    + related.span().line() + ":" + related.span().column());
        }
    }

    /** The errors among {@code diagnostics} as {@code verdict check} prints them, uncoloured. */
    public static String errorText(List<Diagnostic> diagnostics, Map<String, String> sources) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        new HumanRenderer(false).render(diagnostics.stream().filter(Diagnostic::isError)
                .toList(), sources, out);
        out.flush();
        return text.toString();
    }

    /** {@code error: 2 errors, 1 warning}, {@code 1 warning}, or null when there is neither. */
    static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        if (errors == 0 && warnings == 0) {
            return null;
        }
        String counts = errors == 0 ? plural(warnings, "warning")
                : warnings == 0 ? plural(errors, "error")
                : plural(errors, "error") + ", " + plural(warnings, "warning");
        return errors > 0 ? "error: " + counts : counts;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
