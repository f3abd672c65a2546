package dev.verdict.analysis;

import dev.verdict.ir.Cap;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Forbid;
import dev.verdict.ir.Limit;
import dev.verdict.ir.Rule;
import dev.verdict.ir.SettingPlan;
import dev.verdict.schema.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strings a policy (with its profile) compares each string field with. For the analysis a
 * string field is an enum of those literals, in the order first met, plus one value for "any
 * other string" (the last): every condition treats all other strings alike, so the analysis
 * stays exact. A field compared with more than {@link #MAX_LITERALS} strings is not analysed.
 */
final class TextValues {

    /** Literals per field that fit a 64-bit value mask beside "any other string". */
    static final int MAX_LITERALS = Long.SIZE - 1;

    private final Map<Field, List<String>> literals;

    private TextValues(Map<Field, List<String>> literals) {
        this.literals = literals;
    }

    static TextValues none() {
        return new TextValues(Map.of());
    }

    /** The strings the policies compare each string field with: one version, or two to diff. */
    static TextValues of(CheckedPolicy... policies) {
        Map<Field, Set<String>> found = new HashMap<>();
        List<Expr> conditions = new ArrayList<>();
        for (CheckedPolicy policy : policies) {
            conditions.addAll(conditions(policy));
        }
        conditions.forEach(c -> collect(c, found));
        Map<Field, List<String>> literals = new HashMap<>();
        found.forEach((field, texts) -> literals.put(field, List.copyOf(texts)));
        return new TextValues(literals);
    }

    private static List<Expr> conditions(CheckedPolicy policy) {
        List<Expr> conditions = new ArrayList<>();
        for (Rule rule : policy.guards()) {
            conditions.add(rule.condition());
        }
        for (Rule rule : policy.rules()) {
            conditions.add(rule.condition());
        }
        for (SettingPlan plan : policy.settings()) {
            plan.conditional().forEach(c -> conditions.add(c.where()));
            plan.caps().stream().map(Cap::where).forEach(conditions::add);
        }
        if (policy.profile() != null) {
            policy.profile().forbids().stream().map(Forbid::where).forEach(conditions::add);
            policy.profile().limits().stream().map(Limit::where).forEach(conditions::add);
        }
        return conditions;
    }

    private static void collect(Expr expr, Map<Field, Set<String>> found) {
        if (expr instanceof Expr.And and) {
            and.operands().forEach(e -> collect(e, found));
        } else if (expr instanceof Expr.Or or) {
            or.operands().forEach(e -> collect(e, found));
        } else if (expr instanceof Expr.Not not) {
            collect(not.operand(), found);
        } else if (expr instanceof Expr.TextIn in) {
            found.computeIfAbsent(in.field(), f -> new LinkedHashSet<>()).addAll(in.values());
        }
    }

    /** A field compared with more strings than a value mask holds; null when there is none. */
    Field tooMany() {
        return literals.entrySet().stream().filter(e -> e.getValue().size() > MAX_LITERALS)
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** How many values the field has for the analysis: its literals and "any other string". */
    int count(Field field) {
        return literals(field).size() + 1;
    }

    /** The mask of every value of the field. */
    long all(Field field) {
        return (1L << count(field)) - 1;
    }

    /** The mask of the field's values among {@code texts}. */
    long mask(Field field, List<String> texts) {
        List<String> known = literals(field);
        long mask = 0;
        for (String text : texts) {
            int index = known.indexOf(text);
            mask |= 1L << (index < 0 ? known.size() : index);
        }
        return mask;
    }

    /** The value with this ordinal as text: a literal, or a string none of them equals. */
    String text(Field field, int ordinal) {
        List<String> known = literals(field);
        if (ordinal < known.size()) {
            return known.get(ordinal);
        }
        String other = "other";
        for (int i = 2; known.contains(other); i++) {
            other = "other" + i;
        }
        return other;
    }

    /** The ordinal of a request's text: its literal's, else that of "any other string". */
    int ordinal(Field field, String text) {
        List<String> known = literals(field);
        int index = known.indexOf(text);
        return index < 0 ? known.size() : index;
    }

    private List<String> literals(Field field) {
        return literals.getOrDefault(field, List.of());
    }
}
