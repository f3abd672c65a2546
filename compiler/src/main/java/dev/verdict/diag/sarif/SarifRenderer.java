package dev.verdict.diag.sarif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.verdict.ast.Span;
import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.Related;
import dev.verdict.diag.render.DiagnosticRenderer;
import dev.verdict.diag.render.LineIndex;
import dev.verdict.diag.render.QuotedFiles;
import dev.verdict.diag.Severity;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Diagnostics as a SARIF 2.1.0 log, for code-scanning tools: one run of the tool {@code verdict},
 * whose rules are every {@link Code} (id, name, title, default level, and its help: the code's
 * section of {@code docs/diagnostics.md} as text and Markdown, its first paragraph as the full
 * description; with a link to that section when the renderer is given the absolute URI of a
 * published copy of that file: SARIF allows only absolute ones), and one result per diagnostic
 * with its level, message, location (the file's path as given, relative; 1-based lines and
 * code-point columns, end exclusive, as SARIF counts them) and the source text it covers. The
 * help goes into the message text (SARIF fixes need concrete text edits) and, verbatim, into
 * the result's {@code help} property.
 */
public final class SarifRenderer implements DiagnosticRenderer {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The longest snippet shown, in characters: longer regions get none. */
    private static final int MAX_SNIPPET = 4_000;

    private static final RuleHelp HELP = RuleHelp.bundled();

    private final ObjectMapper json = new ObjectMapper();
    private final URI docs;
    private final String toolVersion;
    private final Path base;

    /**
     * A renderer linking each rule to {@code docs} (the absolute URI of {@code diagnostics.md},
     * {@code #e0201} anchors appended; null: no links), naming {@code toolVersion} (null: none),
     * and writing paths relative to {@code base} (absolute, normally the working directory;
     * null: paths as given), as code-scanning services expect; a path outside it is written as
     * an absolute {@code file:} URI.
     */
    public SarifRenderer(URI docs, String toolVersion, Path base) {
        if (docs != null && !docs.isAbsolute()) {
            throw new IllegalArgumentException("SARIF links need an absolute URI, not `" + docs
                    + "`");
        }
        this.docs = docs;
        this.toolVersion = toolVersion;
        this.base = base == null ? null : base.toAbsolutePath().normalize();
    }

    /** A renderer linking to {@code docs} and naming {@code toolVersion}; paths as given. */
    public SarifRenderer(URI docs, String toolVersion) {
        this(docs, toolVersion, null);
    }

    /** A renderer without documentation links or version. */
    public SarifRenderer() {
        this(null, null, null);
    }

    @Override
    public void render(List<Diagnostic> diagnostics, Map<String, String> sources, PrintWriter out) {
        out.println(render(diagnostics, sources));
    }

    /** The SARIF log of {@code diagnostics}; {@code sources}: each file's text, for snippets. */
    public String render(List<Diagnostic> unsorted, Map<String, String> sources) {
        List<Diagnostic> diagnostics = unsorted.stream().sorted(Diagnostic.BY_POSITION).toList();
        ObjectNode log = json.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        run.set("tool", tool());
        run.put("columnKind", "unicodeCodePoints");
        List<String> files = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.file() != null && !files.contains(diagnostic.file())) {
                files.add(diagnostic.file());
            }
        }
        ArrayNode artifacts = run.putArray("artifacts");
        files.forEach(file -> artifacts.addObject().putObject("location").put("uri", uri(file)));
        ArrayNode results = run.putArray("results");
        Map<String, LineIndex> indexes = new HashMap<>();
        sources.forEach((file, text) -> {
            if (QuotedFiles.quotable(file)) {
                indexes.put(file, LineIndex.of(text));
            }
        });
        for (Diagnostic diagnostic : diagnostics) {
            results.add(result(diagnostic, files, indexes));
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(log) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode tool() {
        ObjectNode driver = json.createObjectNode();
        driver.put("name", "verdict");
        if (toolVersion != null) {
            driver.put("version", toolVersion);
        }
        if (docs != null) {
            driver.put("informationUri", docs.toString());
        }
        ArrayNode rules = driver.putArray("rules");
        for (Code code : Code.values()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", code.name());
            rule.put("name", camelCase(code.title()));
            rule.putObject("shortDescription").put("text", code.title());
            HELP.of(code).ifPresent(help -> {
                rule.putObject("fullDescription").put("text", help.description());
                rule.putObject("help").put("text", help.text()).put("markdown", help.markdown());
            });
            rule.putObject("defaultConfiguration").put("level", level(code.severity()));
            if (docs != null) {
                String anchor = "#" + code.name().toLowerCase(Locale.ROOT);
                rule.put("helpUri", docs.resolve(anchor).toString());
            }
        }
        ObjectNode tool = json.createObjectNode();
        tool.set("driver", driver);
        return tool;
    }

    private ObjectNode result(Diagnostic diagnostic, List<String> files,
                              Map<String, LineIndex> sources) {
        ObjectNode result = json.createObjectNode();
        result.put("ruleId", diagnostic.code().name());
        result.put("ruleIndex", diagnostic.code().ordinal());
        result.put("level", level(diagnostic.severity()));
        String help = diagnostic.help();
        result.putObject("message").put("text", help == null ? diagnostic.message()
                : diagnostic.message() + " (help: " + help + ")");
        if (diagnostic.file() != null) {
            ObjectNode physical = result.putArray("locations").addObject()
                    .putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", uri(diagnostic.file()));
            artifact.put("index", files.indexOf(diagnostic.file()));
            physical.set("region", region(diagnostic.span(), sources.get(diagnostic.file())));
        }
        ArrayNode related = json.createArrayNode();
        for (Related place : diagnostic.related()) {
            if (place.file() != null) {
                related.add(relatedLocation(related.size(), place, files, sources));
            }
        }
        if (!related.isEmpty()) {
            result.set("relatedLocations", related);
        }
        if (help != null) {
            result.putObject("properties").put("help", help);
        }
        return result;
    }

    private ObjectNode relatedLocation(int id, Related place, List<String> files,
                                       Map<String, LineIndex> sources) {
        ObjectNode location = json.createObjectNode();
        location.put("id", id);
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(place.file()));
        int index = files.indexOf(place.file());
        if (index >= 0) {
            artifact.put("index", index);
        }
        physical.set("region", region(place.span(), sources.get(place.file())));
        location.putObject("message").put("text", place.message());
        return location;
    }

    private ObjectNode region(Span span, LineIndex source) {
        ObjectNode region = json.createObjectNode();
        region.put("startLine", span.line());
        region.put("startColumn", span.column());
        region.put("endLine", span.endLine());
        region.put("endColumn", span.endColumn());
        String snippet = source == null ? null
                : source.lines(span.line(), span.endLine(), MAX_SNIPPET);
        if (snippet != null) {
            region.putObject("snippet").put("text", snippet);
        }
        return region;
    }

    /**
     * The URI of a diagnostic's file: relative to {@code base} when it is a file there, else
     * an absolute {@code file:} URI for an absolute path; else the path as given.
     */
    private String uri(String file) {
        if (base == null || file.startsWith("bundled:")) {
            return relativeUri(file);
        }
        Path path;
        try {
            path = base.resolve(file).normalize();
        } catch (InvalidPathException e) {
            return relativeUri(file);
        }
        return path.startsWith(base) ? relativeUri(base.relativize(path).toString())
                : path.toUri().toString();
    }

    /** A relative URI for a path: forward slashes, reserved characters escaped. */
    private static String relativeUri(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || "/-._~".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(String.format("%02X", c));
            }
        }
        return uri.toString();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code unknown field} as {@code UnknownField}: SARIF's rule name. */
    private static String camelCase(String title) {
        StringBuilder name = new StringBuilder();
        for (String word : title.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
