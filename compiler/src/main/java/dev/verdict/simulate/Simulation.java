package dev.verdict.simulate;

import dev.verdict.runtime.Source;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * What replaying past requests through a policy found (SPEC §11 {@code verdict simulate}): how
 * many requests it decided, the money they asked for ({@code amount}, the schema's amount
 * field) and the money the decisions pay back ({@code refunds}), per outcome and per rule; the
 * history lines that were not valid requests; and, against a baseline policy, what changed.
 * Money is in minor units of {@code currency}.
 *
 * @param policy the policy file, as named on the command line
 * @param amountField the path of the schema's amount field ({@code amount})
 * @param invalid how many history lines were not valid requests
 * @param invalidLines the first of them
 * @param comparison what changed against the baseline; null without one
 */
public record Simulation(String policy, String currency, int decimals, String amountField,
                         long decided, BigInteger amount, BigInteger refunds,
                         List<OutcomeRow> outcomes, List<RuleRow> rules, long invalid,
                         List<InvalidLine> invalidLines, Comparison comparison) {

    public Simulation {
        outcomes = List.copyOf(outcomes);
        rules = List.copyOf(rules);
        invalidLines = List.copyOf(invalidLines);
    }

    /** The requests that got one outcome (with these arguments). */
    public record OutcomeRow(OutcomeLabel outcome, long count, BigInteger amount,
                             BigInteger refunds) {
    }

    /**
     * The requests one guard, rule or {@code otherwise} decided; {@code name} and {@code line}
     * are null for the schema's fallback (source {@code default}).
     */
    public record RuleRow(String name, Integer line, Source source, long count,
                          BigInteger refunds) {
    }

    /** A history line (1-based) that is not a valid request; {@code field} null for none. */
    public record InvalidLine(long line, String message, String field) implements Serializable {
    }

    /** {@code minorUnits} with the currency's decimals: {@code 1234.50}, {@code -0.05}. */
    public String money(BigInteger minorUnits) {
        return new BigDecimal(minorUnits, decimals).toPlainString();
    }

    /** A difference of money with its sign: {@code +12.50}, {@code -0.05}, {@code 0.00}. */
    public String signedMoney(BigInteger minorUnits) {
        return (minorUnits.signum() > 0 ? "+" : "") + money(minorUnits);
    }

    /** {@code count} as a share of the decided requests, to 0.1% (half-even): {@code 37.5%}. */
    public String share(long count) {
        if (decided == 0) {
            return "0.0%";
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_EVEN) + "%";
    }
}
