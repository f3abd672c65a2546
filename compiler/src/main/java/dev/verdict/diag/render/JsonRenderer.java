package dev.verdict.diag.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.Related;
import dev.verdict.diag.Severity;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON format (SPEC §11): one document on one line,
 * {@code {"diagnostics":[{"file","line","column","endLine","endColumn","severity","code",
 * "message","help"}...],"errors":N,"warnings":M}}; {@code help} is null when there is none. A
 * diagnostic about other places too adds {@code "related":[{"file","line","column","endLine",
 * "endColumn","message"}...]}, left out when there are none.
 */
public final class JsonRenderer implements DiagnosticRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @JsonPropertyOrder({"file", "line", "column", "endLine", "endColumn", "severity", "code",
            "message", "help", "related"})
    record Entry(String file, int line, int column, int endLine, int endColumn, String severity,
                 String code, String message, String help,
                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Place> related) {

        static Entry of(Diagnostic d) {
            return new Entry(d.file(), d.span().line(), d.span().column(), d.span().endLine(),
                    d.span().endColumn(), d.severity().word(), d.code().name(), d.message(),
                    d.help(), d.related().stream().map(Place::of).toList());
        }
    }

    @JsonPropertyOrder({"file", "line", "column", "endLine", "endColumn", "message"})
    record Place(String file, int line, int column, int endLine, int endColumn, String message) {

        static Place of(Related r) {
            return new Place(r.file(), r.span().line(), r.span().column(), r.span().endLine(),
                    r.span().endColumn(), r.message());
        }
    }

    @JsonPropertyOrder({"diagnostics", "errors", "warnings"})
    record Document(List<Entry> diagnostics, long errors, long warnings) {
    }

    @Override
    public void render(List<Diagnostic> diagnostics, Map<String, String> sources, PrintWriter out) {
        List<Diagnostic> sorted = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
        Document document = new Document(sorted.stream().map(Entry::of).toList(),
                count(sorted, Severity.ERROR), count(sorted, Severity.WARNING));
        try {
            out.println(MAPPER.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static long count(List<Diagnostic> diagnostics, Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
