package dev.verdict.ast;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The canonical source text of the small pieces of the language, as the formatter writes them
 * and messages quote them: literals, names, lists, actions, assignments and limit bounds.
 * Strings are re-escaped; numbers, money, durations and percentages keep the value and scale
 * they were written with ({@code 79.90 USD}, {@code 48h}).
 */
public final class SourceText {

    private SourceText() {
    }

    public static String operand(Operand operand) {
        if (operand instanceof Operand.PathRef p) {
            return p.dotted();
        }
        if (operand instanceof Operand.NumberLit n) {
            return n.value().toPlainString() + (n.currency() == null ? "" : " " + n.currency());
        }
        if (operand instanceof Operand.DurationLit d) {
            return d.count() + String.valueOf(d.unit().suffix());
        }
        if (operand instanceof Operand.PercentLit p) {
            return p.value().toPlainString() + "%";
        }
        if (operand instanceof Operand.StringLit s) {
            return string(s.value());
        }
        if (operand instanceof Operand.BoolLit b) {
            return Boolean.toString(b.value());
        }
        if (operand instanceof Operand.DateLit d) {
            return d.text();
        }
        if (operand instanceof Operand.TimestampLit t) {
            return t.text();
        }
        if (operand instanceof Operand.ListLit l) {
            return "[" + join(l.items(), SourceText::operand) + "]";
        }
        if (operand instanceof Operand.Malformed malformed) {
            return malformed.text();
        }
        throw new AssertionError("unhandled " + operand.getClass().getName());
    }

    /** {@code "text"} with {@code " \ newline tab} and invisible control characters escaped. */
    public static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    int type = Character.getType(cp);
                    boolean invisible = type == Character.CONTROL
                            || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR;
                    if (invisible) {
                        out.append("\\u{").append(Integer.toHexString(cp).toUpperCase(Locale.ROOT))
                                .append('}');
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    public static String name(Name name) {
        return name.quoted() ? string(name.text()) : name.text();
    }

    public static String action(Action action) {
        if (!action.parenthesised()) {
            return action.name().text();
        }
        return action.name().text() + "(" + join(action.args(), SourceText::operand) + ")";
    }

    public static String actions(List<Action> actions) {
        return join(actions, SourceText::action);
    }

    public static List<String> assignments(List<Assignment> assignments) {
        return assignments.stream()
                .map(a -> a.path().dotted()
                        + (a.absent() ? " is absent" : " = " + operand(a.value())))
                .toList();
    }

    public static String bound(LimitBound bound) {
        if (bound instanceof LimitBound.Compare c) {
            return c.op().symbol() + " " + operand(c.value());
        }
        if (bound instanceof LimitBound.OneOf o) {
            return "in " + operand(o.values());
        }
        if (!(bound instanceof LimitBound.Between b)) {
            throw new AssertionError("unhandled " + bound.getClass().getName());
        }
        return "between " + operand(b.low()) + " and " + operand(b.high());
    }

    private static <T> String join(List<T> items, Function<T, String> text) {
        return items.stream().map(text).collect(Collectors.joining(", "));
    }
}
