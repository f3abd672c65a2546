package dev.verdict.format;

import dev.verdict.ast.SourceFile;
import dev.verdict.ast.SourceText;
import dev.verdict.syntax.ParseResult;
import dev.verdict.syntax.SourceParser;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code verdict fmt}: prints a policy or profile in canonical layout, keeping every comment.
 * Layout changes line numbers, so a test's {@code by "rule@N"} that names an unnamed rule is
 * renamed to follow the rule. The result parses to the same tree, and formatting it again
 * changes nothing.
 */
public final class Formatter {

    private static final Pattern LINE_NAME = Pattern.compile("rule@([1-9][0-9]{0,8})");

    private Formatter() {
    }

    /** Formats {@code text}; refuses (null text) when it has syntax errors. */
    public static FormatResult format(String path, String text) {
        ParseResult parsed = SourceParser.parse(path, text);
        String formatted = parsed.hasErrors() ? null : print(parsed.file());
        return new FormatResult(formatted, parsed.diagnostics());
    }

    /** The canonical text of a file parsed without errors. */
    public static String print(SourceFile file) {
        FileLayout draft = new FileLayout(file, UnaryOperator.identity());
        draft.print();
        Map<Integer, Integer> moved = draft.ruleLines();
        return new FileLayout(file, name -> renamed(name, moved)).print();
    }

    /** {@code text} as a DSL string literal: quoted, with quotes and control characters escaped. */
    public static String quote(String text) {
        return SourceText.string(text);
    }

    private static String renamed(String name, Map<Integer, Integer> moved) {
        Matcher m = LINE_NAME.matcher(name);
        if (!m.matches()) {
            return name;
        }
        Integer line = moved.get(Integer.parseInt(m.group(1)));
        return line == null ? name : "rule@" + line;
    }
}
