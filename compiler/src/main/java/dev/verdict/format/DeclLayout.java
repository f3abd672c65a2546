package dev.verdict.format;

import dev.verdict.ast.Action;
import dev.verdict.ast.Cond;
import dev.verdict.ast.Decl;
import dev.verdict.ast.Name;
import dev.verdict.ast.SchemaDecl;
import dev.verdict.ast.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The canonical lines of one declaration. One-line declarations: headers, {@code let},
 * {@code set}, {@code default}, {@code limit}, {@code forbid}, {@code otherwise},
 * {@code test defaults}, and an unnamed rule that fits in 100 columns. Blocks: a named rule or a
 * guard ({@code rule NAME:} then {@code when} and {@code then} lines indented by two), a long
 * unnamed rule ({@code when} and {@code then} lines), a test ({@code test NAME:} then
 * {@code given} and {@code expect} lines). Long conditions continue on lines indented two more.
 */
final class DeclLayout {

    private static final String INDENT = "  ";

    /** Renames a test's {@code by "rule@N"} when formatting moves the unnamed rule it names. */
    private final UnaryOperator<String> ruleNames;

    DeclLayout(UnaryOperator<String> ruleNames) {
        this.ruleNames = ruleNames;
    }

    List<String> lines(Decl decl) {
        if (decl instanceof Decl.PolicyHeader h) {
            return List.of("policy " + SourceText.string(h.displayName().value()));
        }
        if (decl instanceof Decl.PlatformHeader h) {
            String display = h.displayName() == null ? ""
                    : " " + SourceText.string(h.displayName().value());
            return List.of("platform " + SourceText.name(h.ref()) + display);
        }
        if (decl instanceof Decl.CurrencyHeader h) {
            return List.of("currency " + h.code().text());
        }
        if (decl instanceof Decl.Let let) {
            List<String> items = let.values().items().stream().map(SourceText::operand).toList();
            return Fill.commaSeparated("let " + let.name().text() + " = [", items, "]", INDENT);
        }
        if (decl instanceof Decl.SetDecl set) {
            String head = "set " + set.setting().text() + " = " + SourceText.operand(set.value());
            return where(head, set.where());
        }
        if (decl instanceof Decl.DefaultDecl d) {
            return List.of("default " + d.setting().text() + " = " + SourceText.operand(d.value()));
        }
        if (decl instanceof Decl.LimitDecl limit) {
            return where("limit " + limit.target().dotted() + " " + SourceText.bound(limit.bound()),
                    limit.where());
        }
        if (decl instanceof Decl.ForbidDecl forbid) {
            return where("forbid " + forbid.outcome().text(), forbid.where());
        }
        if (decl instanceof Decl.GuardDecl guard) {
            return named("guard", guard.name(), guard.when(), guard.then());
        }
        if (decl instanceof Decl.RuleDecl rule) {
            return rule.name() != null ? named("rule", rule.name(), rule.when(), rule.then())
                    : unnamed(rule);
        }
        if (decl instanceof Decl.Otherwise otherwise) {
            return List.of("otherwise " + SourceText.actions(otherwise.then()));
        }
        if (decl instanceof Decl.TestDefaults defaults) {
            return Fill.commaSeparated("test defaults: ",
                    SourceText.assignments(defaults.values()), "", INDENT);
        }
        if (decl instanceof SchemaDecl schemaDecl) {
            return SchemaLines.lines(schemaDecl);
        }
        return test((Decl.TestCase) decl);
    }

    /**
     * Source lines whose end-of-line comment can stay at the end of a printed line: the first
     * line, and the last line of a block's condition or {@code given}, to the index of the
     * printed line that ends that part. {@code size} is how many lines {@link #lines} gave.
     */
    static Map<Integer, Integer> anchors(Decl decl, int size) {
        Map<Integer, Integer> anchors = new HashMap<>();
        anchors.put(decl.span().line(), 0);
        Cond when = decl instanceof Decl.GuardDecl guard ? guard.when()
                : decl instanceof Decl.RuleDecl rule ? rule.when() : null;
        if (when != null && size > 1) {
            anchors.put(when.span().endLine(), size - 2);
        }
        if (decl instanceof Decl.TestCase test && !test.given().isEmpty()) {
            anchors.put(test.given().get(test.given().size() - 1).span().endLine(), size - 2);
        }
        return anchors;
    }

    private static List<String> where(String head, Cond where) {
        return where == null ? List.of(head) : CondPrinter.lines(head + " where ", where, INDENT);
    }

    private static List<String> named(String keyword, Name name, Cond when, List<Action> then) {
        List<String> lines = new ArrayList<>();
        lines.add(keyword + " " + SourceText.name(name) + ":");
        lines.addAll(CondPrinter.lines(INDENT + "when ", when, INDENT + INDENT));
        lines.add(INDENT + "then " + SourceText.actions(then));
        return lines;
    }

    private static List<String> unnamed(Decl.RuleDecl rule) {
        String then = "then " + SourceText.actions(rule.then());
        String oneLine = "when " + CondPrinter.text(rule.when()) + " " + then;
        if (oneLine.length() <= CondPrinter.WIDTH) {
            return List.of(oneLine);
        }
        List<String> lines = new ArrayList<>(CondPrinter.lines("when ", rule.when(), INDENT));
        lines.add(then);
        return lines;
    }

    private List<String> test(Decl.TestCase test) {
        List<String> lines = new ArrayList<>();
        lines.add("test " + SourceText.name(test.name()) + ":");
        if (!test.given().isEmpty()) {
            List<String> given = SourceText.assignments(test.given());
            lines.addAll(Fill.commaSeparated(INDENT + "given ", given, "", INDENT + INDENT));
        }
        String by = "";
        if (test.by() != null) {
            String renamed = ruleNames.apply(test.by().text());
            by = " by " + (renamed.equals(test.by().text()) ? SourceText.name(test.by())
                    : SourceText.string(renamed));
        }
        List<String> expected = new ArrayList<>();
        expected.add(SourceText.action(test.expect()));
        test.obligations().forEach(o -> expected.add(SourceText.action(o)));
        lines.addAll(Fill.commaSeparated(INDENT + "expect ", expected, by, INDENT + INDENT));
        return lines;
    }
}
