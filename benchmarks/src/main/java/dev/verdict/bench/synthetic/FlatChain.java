package dev.verdict.bench.synthetic;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic policy as the naive hand-written Java a team would keep instead of a policy: the
 * platform guard, then one {@code if} per rule in file order, then {@code otherwise}; no indexing
 * and no reordering. Past {@value #RULES_PER_METHOD} rules the chain is split into methods of that
 * many rules each, called in order (a method over 8,000 bytes of bytecode is never JIT-compiled,
 * and over 64 KB does not compile). Compiled in memory with javac.
 */
public final class FlatChain {

    static final int RULES_PER_METHOD = 40;
    private static final String PACKAGE = "dev.verdict.bench.synthetic.chain";
    private static final String CLASS = "FlatChain";
    /** {@code tiktok_us}'s guard over {@code r} by hand: return window 30d, guarantee 90d. */
    private static final String GUARD = "r.request != 0 && r.hasSinceDelivery"
            + " && r.sinceDelivery > 43200L && (r.reason != 2 && r.reason != 3"
            + " || r.sinceDelivery > 129600L)";

    private FlatChain() {
    }

    /** The policy's chain, compiled and ready to decide. */
    public static HandEvaluator compile(SyntheticPolicy policy) {
        Class<?> chain = JavaSourceCompiler.compile(PACKAGE + "." + CLASS, source(policy));
        try {
            return (HandEvaluator) chain.getConstructor(Decision[].class)
                    .newInstance((Object) decisions(policy));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the compiled chain cannot be built", e);
        }
    }

    /** The Java source of the policy's chain. */
    public static String source(SyntheticPolicy policy) {
        List<SyntheticRule> rules = policy.rules();
        StringBuilder java = new StringBuilder("package " + PACKAGE + ";\n\n"
                + "import dev.verdict.bench.request.HandRequest;\n"
                + "import dev.verdict.bench.synthetic.HandEvaluator;\n"
                + "import dev.verdict.runtime.Decision;\n\n"
                + "public final class " + CLASS + " implements HandEvaluator {\n"
                + "    private final Decision[] d;\n\n"
                + "    public " + CLASS + "(Decision[] d) {\n        this.d = d;\n    }\n\n"
                + "    @Override\n    public Decision decide(HandRequest r) {\n"
                + "        if (" + GUARD + ") return d[0];\n");
        if (rules.size() <= RULES_PER_METHOD) {
            appendRules(java, rules, 0);
        } else {
            java.append("        Decision x;\n");
            for (int from = 0; from < rules.size(); from += RULES_PER_METHOD) {
                java.append("        if ((x = rules").append(from)
                        .append("(r)) != null) return x;\n");
            }
        }
        java.append("        return d[").append(rules.size() + 1).append("];\n    }\n");
        if (rules.size() > RULES_PER_METHOD) {
            for (int from = 0; from < rules.size(); from += RULES_PER_METHOD) {
                java.append("\n    private Decision rules").append(from)
                        .append("(HandRequest r) {\n");
                int to = Math.min(rules.size(), from + RULES_PER_METHOD);
                appendRules(java, rules.subList(from, to), from);
                java.append("        return null;\n    }\n");
            }
        }
        return java.append("}\n").toString();
    }

    private static void appendRules(StringBuilder java, List<SyntheticRule> rules, int first) {
        for (int i = 0; i < rules.size(); i++) {
            java.append("        if (").append(rules.get(i).java()).append(") return d[")
                    .append(first + i + 1).append("];\n");
        }
    }

    /** The decisions by chain position: the guard, each rule, {@code otherwise}. */
    static Decision[] decisions(SyntheticPolicy policy) {
        List<Decision> decisions = new ArrayList<>();
        decisions.add(new Decision("reject", List.of("outside_return_window"), List.of(),
                "Outside the return window", 23, Source.PLATFORM));
        policy.rules().forEach(rule -> decisions.add(rule.decision()));
        decisions.add(policy.otherwise());
        return decisions.toArray(Decision[]::new);
    }
}
