package dev.verdict.bench.synthetic;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * A seeded synthetic policy of {@code n} rules of realistic shapes ({@link RuleShapes}) behind
 * the {@code tiktok_us} platform, one rule per line, then {@code otherwise manual_review}: its
 * text for Verdict, and its rules for writing the same policy as a hand-written Java chain.
 */
public record SyntheticPolicy(String text, List<SyntheticRule> rules) {

    private static final int FIRST_RULE_LINE = 4;

    public SyntheticPolicy {
        rules = List.copyOf(rules);
    }

    /** The shapes of synthetic rules. */
    public enum Shape {
        /** The reference policy's: request kinds, reasons, categories, thresholds. */
        MIXED,
        /** Rules that differ only in their amount band. */
        AMOUNT_BANDS,
        /** Rules that mostly test optional fields. */
        OPTIONAL_FIELDS
    }

    /** The policy of {@code size} rules from {@code seed}; the same arguments, the same text. */
    public static SyntheticPolicy generate(int size, long seed) {
        return generate(Shape.MIXED, size, seed);
    }

    /** The policy of {@code size} rules of one shape; the same arguments, the same text. */
    public static SyntheticPolicy generate(Shape shape, int size, long seed) {
        RuleShapes shapes = new RuleShapes(seed);
        StringBuilder text = new StringBuilder("policy \"synthetic, " + size + " rules\"\n"
                + "platform tiktok_us\n\n");
        List<SyntheticRule> rules = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String name = "r" + (i + 1);
            int line = FIRST_RULE_LINE + i;
            SyntheticRule rule = switch (shape) {
                case MIXED -> shapes.next(name, line);
                case AMOUNT_BANDS -> shapes.band(name, line);
                case OPTIONAL_FIELDS -> shapes.optional(name, line);
            };
            rules.add(rule);
            text.append(rule.policyText()).append('\n');
        }
        text.append("otherwise manual_review\n");
        return new SyntheticPolicy(text.toString(), rules);
    }

    /** The decision of {@code otherwise}, on the line after the last rule. */
    public Decision otherwise() {
        return new Decision("manual_review", List.of(), List.of(), "otherwise",
                FIRST_RULE_LINE + rules.size(), Source.POLICY);
    }
}
