package dev.verdict.ir;

import dev.verdict.schema.Field;
import dev.verdict.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A policy that passed the checker: everything the interpreter, the analysis and the code
 * generator need. {@code profile} is null without a platform. {@code settings} has one plan per
 * schema setting, by index. {@code otherwise} is null when the file has none (the fallback is
 * then the schema's, source {@code default}). {@code reads} are the fields its rules, settings,
 * guards and limits read: a request must carry those the schema requires.
 */
public record CheckedPolicy(String file, String displayName, Schema schema, String currency,
                            int currencyDecimals, Profile profile, List<Rule> rules, Rule otherwise,
                            List<SettingPlan> settings, Set<Field> reads, List<TestCase> tests) {

    public CheckedPolicy {
        rules = List.copyOf(rules);
        settings = List.copyOf(settings);
        reads = Set.copyOf(reads);
        tests = List.copyOf(tests);
    }

    /** Platform guards, in profile order; empty without a profile. */
    public List<Rule> guards() {
        return profile == null ? List.of() : profile.guards();
    }

    /**
     * The order in which rules decide a request: the platform guards, then the policy's rules,
     * then {@code otherwise} when there is one. The first that matches decides.
     */
    public List<Rule> decisionOrder() {
        List<Rule> order = new ArrayList<>(guards());
        order.addAll(rules);
        if (otherwise != null) {
            order.add(otherwise);
        }
        return List.copyOf(order);
    }
}
