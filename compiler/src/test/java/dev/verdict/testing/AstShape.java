package dev.verdict.testing;

import dev.verdict.ast.Decl;
import dev.verdict.ast.Name;
import dev.verdict.ast.SourceFile;
import dev.verdict.ast.Span;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The content of a syntax tree without positions: every record component but spans and the
 * {@code when} line of rules, as text. Two trees are equal ignoring spans when their shapes are.
 */
public final class AstShape {

    private final UnaryOperator<String> testRuleNames;

    private AstShape(UnaryOperator<String> testRuleNames) {
        this.testRuleNames = testRuleNames;
    }

    public static String of(SourceFile file) {
        return of(file, UnaryOperator.identity());
    }

    /** The shape with each test's {@code by} name passed through {@code testRuleNames}. */
    public static String of(SourceFile file, UnaryOperator<String> testRuleNames) {
        StringBuilder out = new StringBuilder();
        AstShape shape = new AstShape(testRuleNames);
        for (Decl decl : file.decls()) {
            shape.append(out, decl);
            out.append('\n');
        }
        return out.toString();
    }

    private void append(StringBuilder out, Object node) {
        if (node instanceof List<?> list) {
            out.append('[');
            list.forEach(item -> {
                append(out, item);
                out.append(';');
            });
            out.append(']');
        } else if (node instanceof Record record) {
            appendRecord(out, record);
        } else if (node instanceof String text) {
            out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (node instanceof BigDecimal number) {
            out.append(number.toPlainString());
        } else {
            out.append(node);
        }
    }

    private void appendRecord(StringBuilder out, Record record) {
        out.append(record.getClass().getSimpleName()).append('(');
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getType() == Span.class || component.getName().equals("whenLine")) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            boolean testRule = record instanceof Decl.TestCase && component.getName().equals("by");
            if (testRule && value != null) {
                Name by = (Name) value;
                value = new Name(testRuleNames.apply(by.text()), by.quoted(), by.span());
            }
            out.append(component.getName()).append('=');
            append(out, value);
            out.append(' ');
        }
        out.append(')');
    }
}
