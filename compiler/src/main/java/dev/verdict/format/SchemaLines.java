package dev.verdict.format;

import dev.verdict.ast.Operand;
import dev.verdict.ast.SchemaDecl;
import dev.verdict.ast.SchemaDecl.TypeRef;
import dev.verdict.ast.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical lines of a schema declaration: one line each, but for an enum's values (filled
 * like a {@code let} list) and an outcome whose condition or description does not fit (its
 * condition continues as a rule's does; its traits and description go on a line of their own).
 */
final class SchemaLines {

    private static final String INDENT = "  ";
    private static final int WIDTH = 100;

    private SchemaLines() {
    }

    static List<String> lines(SchemaDecl decl) {
        if (decl instanceof SchemaDecl.SchemaHeader h) {
            return withDoc(new ArrayList<>(List.of("schema " + SourceText.name(h.ref())
                    + (h.parent() == null ? "" : " extends " + SourceText.name(h.parent())))),
                    doc(h.doc()));
        }
        if (decl instanceof SchemaDecl.CurrencyDef c) {
            return List.of("currency " + c.code().text() + " " + c.decimals());
        }
        if (decl instanceof SchemaDecl.EnumDef e) {
            List<String> values = e.values().items().stream().map(SourceText::operand).toList();
            List<String> lines = new ArrayList<>(Fill.commaSeparated("enum " + e.name().text()
                    + (e.adds() ? " += [" : " = ["), values, "]", INDENT));
            return withDoc(lines, doc(e.doc()));
        }
        if (decl instanceof SchemaDecl.FieldDef f) {
            return withDoc(new ArrayList<>(List.of("field " + f.path().dotted() + ": "
                    + type(f.type()) + (f.optional() ? " optional" : ""))), doc(f.doc()));
        }
        if (decl instanceof SchemaDecl.PassthroughDef p) {
            return withDoc(new ArrayList<>(List.of("passthrough " + p.path().dotted())),
                    doc(p.doc()));
        }
        if (decl instanceof SchemaDecl.SettingDef s) {
            String value = s.defaultValue() == null ? ""
                    : " = " + SourceText.operand(s.defaultValue());
            return withDoc(new ArrayList<>(List.of("setting " + s.name().text() + ": "
                    + type(s.type()) + value)), doc(s.doc()));
        }
        if (decl instanceof SchemaDecl.OutcomeDef o) {
            return outcome(o);
        }
        if (decl instanceof SchemaDecl.ObligationDef o) {
            return withDoc(new ArrayList<>(List.of("obligation " + o.name().text()
                    + params(o.params()))), doc(o.doc()));
        }
        SchemaDecl.LintDef lint = (SchemaDecl.LintDef) decl;
        List<String> outcomes =
                lint.outcomes().items().stream().map(SourceText::operand).toList();
        List<String> lines = new ArrayList<>(Fill.commaSeparated("lint " + lint.kind().text()
                + " [", outcomes, "]", INDENT));
        return withDoc(lines, " by " + SourceText.operand(lint.by()));
    }

    private static List<String> outcome(SchemaDecl.OutcomeDef o) {
        String head = "outcome " + o.name().text() + params(o.params());
        List<String> lines = new ArrayList<>(o.when() == null ? List.of(head)
                : CondPrinter.lines(head + " when ", o.when(), INDENT + INDENT));
        if (lines.stream().anyMatch(line -> line.length() > WIDTH)) {
            lines = new ArrayList<>(List.of(head));
            lines.addAll(CondPrinter.lines(INDENT + "when ", o.when(), INDENT + INDENT));
        }
        List<String> tail = new ArrayList<>();
        if (o.approval()) {
            tail.add("approval");
        }
        if (o.refunds() != null) {
            tail.add("refunds " + (o.refunds().percent() == null ? ""
                    : o.refunds().percent().dotted() + " of ") + o.refunds().field().dotted());
        }
        String traits = tail.isEmpty() ? "" : " " + String.join(" ", tail);
        String rest = traits + doc(o.doc());
        if (lines.get(lines.size() - 1).length() + rest.length() <= WIDTH
                || INDENT.length() + rest.length() <= WIDTH + 1) {
            return withDoc(lines, rest);
        }
        return withDoc(withDoc(lines, traits), doc(o.doc()));
    }

    /** {@code lines} with {@code text} ending the last, or on a line of its own if too long. */
    private static List<String> withDoc(List<String> lines, String text) {
        if (text.isEmpty()) {
            return lines;
        }
        int last = lines.size() - 1;
        if (lines.get(last).length() + text.length() <= WIDTH) {
            lines.set(last, lines.get(last) + text);
        } else {
            lines.add(INDENT + text.strip());
        }
        return lines;
    }

    private static String params(List<SchemaDecl.ParamDef> params) {
        if (params.isEmpty()) {
            return "";
        }
        List<String> texts = params.stream().map(p -> p.name().text() + ": " + type(p.type()))
                .toList();
        return "(" + String.join(", ", texts) + ")";
    }

    private static String type(TypeRef type) {
        if (type instanceof TypeRef.InlineEnum inline) {
            return "enum " + SourceText.operand(inline.values());
        }
        TypeRef.Named named = (TypeRef.Named) type;
        if (!named.ranged()) {
            return named.name().dotted();
        }
        return named.name().dotted() + " " + (named.low() == null ? "" : named.low()) + ".."
                + (named.high() == null ? "" : named.high());
    }

    private static String doc(Operand.StringLit doc) {
        return doc == null ? "" : " " + SourceText.string(doc.value());
    }
}
