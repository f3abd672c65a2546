package dev.verdict.ir;

import dev.verdict.ast.Span;
import dev.verdict.schema.Setting;
import java.util.List;

/**
 * How a setting gets its value for a request (SPEC §5): the first {@code conditional} value whose
 * condition is true, else {@code unconditional}, else the profile's {@code profileDefault}
 * (null: the setting has no value and comparisons with it are unknown); then each
 * {@link Cap} whose condition is true clamps it.
 */
public record SettingPlan(Setting setting, List<ConditionalValue> conditional, Value unconditional,
                          Value profileDefault, List<Cap> caps) {

    public SettingPlan {
        conditional = List.copyOf(conditional);
        caps = List.copyOf(caps);
    }

    /** A value and where it was written. */
    public record Value(long value, String file, Span span) {
    }

    /** {@code set NAME = VALUE where COND}. */
    public record ConditionalValue(Expr where, long value, Span span) {
    }
}
