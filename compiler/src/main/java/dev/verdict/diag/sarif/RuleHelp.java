package dev.verdict.diag.sarif;

import dev.verdict.diag.Code;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The help of each diagnostic code: its section of {@code docs/diagnostics.md}, which the build
 * copies beside this class, so that a SARIF log explains its rules without a link to follow.
 * A section runs from its {@code ### CODE} heading to the next {@code ##} or {@code ###}
 * heading; its first paragraph (the bold sentence and what follows) is the full description.
 */
final class RuleHelp {

    private static final String RESOURCE = "diagnostics.md";
    private static final Pattern SECTION =
            Pattern.compile("(?m)^### ([EWI]\\d{4})\\n(.*?)(?=^##|\\z)", Pattern.DOTALL);

    /** A code's help, as Markdown and as plain text, and its first paragraph as plain text. */
    record Entry(String markdown, String text, String description) {
    }

    private final Map<String, Entry> entries;

    private RuleHelp(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The help of the copy of diagnostics.md on the class path (none if it is missing). */
    static RuleHelp bundled() {
        try (InputStream in = RuleHelp.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new RuleHelp(Map.of());
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The help of each {@code ### CODE} section of {@code markdown}. */
    static RuleHelp of(String markdown) {
        Map<String, Entry> entries = new HashMap<>();
        Matcher section = SECTION.matcher(markdown.replace("\r\n", "\n"));
        while (section.find()) {
            String body = section.group(2).strip();
            String first = body.split("\\n\\s*\\n|\\n```", 2)[0];
            entries.put(section.group(1), new Entry(body, plain(body), plain(first)));
        }
        return new RuleHelp(entries);
    }

    Optional<Entry> of(Code code) {
        return Optional.ofNullable(entries.get(code.name()));
    }

    /**
     * Markdown as text: emphasis marks and code fences removed, the lines of a paragraph joined,
     * the lines of a code block kept.
     */
    static String plain(String markdown) {
        StringBuilder text = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                endLine(text);
            } else if (fenced) {
                text.append(line).append('\n');
            } else if (line.isBlank()) {
                endLine(text);
                text.append('\n');
            } else {
                boolean joins = text.length() > 0 && text.charAt(text.length() - 1) != '\n';
                text.append(joins ? " " : "").append(line.strip().replace("**", ""));
            }
        }
        return text.toString().replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void endLine(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
