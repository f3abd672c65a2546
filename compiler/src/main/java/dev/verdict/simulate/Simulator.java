package dev.verdict.simulate;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.request.JsonRequests;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.RequestReader;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.simulate.Simulation.InvalidLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays past requests (one JSON object per line, as {@code verdict eval} reads them) through a
 * policy, and optionally through a baseline policy too, and counts what they decide and the
 * money it moves ({@link Simulation}). A request must carry what either policy reads and the
 * schema's amount field; a line that is not such a request is counted as invalid and the
 * replay goes on. Mutable: replay lines, then take the {@link #result()}.
 */
public final class Simulator {

    /** How many changed requests a comparison shows unless told otherwise. */
    public static final int DEFAULT_EXAMPLES = 5;
    /** How many invalid lines a simulation keeps to show. */
    static final int INVALID_SHOWN = 5;

    private final CheckedPolicy policy;
    private final Evaluator evaluator;
    private final Tallies tallies;
    private final CheckedPolicy baseline;
    private final Evaluator baselineEvaluator;
    private final Tallies baselineTallies;
    private final Differences differences;
    private final Field amountField;
    private final RequestReader reader;
    private final List<InvalidLine> invalidLines = new ArrayList<>();
    private long invalid;

    private Simulator(CheckedPolicy policy, Evaluator evaluator, CheckedPolicy baseline,
                      Evaluator baselineEvaluator, int examples) {
        this.policy = policy;
        this.evaluator = evaluator;
        this.tallies = new Tallies(policy);
        this.baseline = baseline;
        this.baselineEvaluator = baselineEvaluator;
        this.baselineTallies = baseline == null ? null : new Tallies(baseline);
        this.differences = baseline == null ? null : new Differences(examples);
        this.amountField = policy.schema().amountField().orElseThrow(() ->
                new IllegalArgumentException("schema " + policy.schema().name()
                        + " names no amount field, so there is no money to simulate"));
        this.reader = reader(policy, baseline, amountField);
    }

    /** Simulates {@code policy}, deciding with {@code evaluator} (one of that policy). */
    public static Simulator of(CheckedPolicy policy, Evaluator evaluator) {
        return new Simulator(policy, evaluator, null, null, 0);
    }

    /**
     * Simulates {@code policy} and compares its decisions with {@code baseline}'s, keeping the
     * first {@code examples} requests that changed.
     *
     * @throws IllegalArgumentException when the two policies differ in schema (its name or its
     *     fields: a schema file read twice is the same schema) or currency, so
     *     their requests or money cannot be compared
     */
    public static Simulator against(CheckedPolicy policy, Evaluator evaluator,
                                    CheckedPolicy baseline, Evaluator baselineEvaluator,
                                    int examples) {
        boolean sameSchema = baseline.schema().name().equals(policy.schema().name())
                && baseline.schema().fields().equals(policy.schema().fields());
        if (!sameSchema) {
            throw new IllegalArgumentException("the baseline uses schema "
                    + baseline.schema().name() + ", the policy " + policy.schema().name());
        }
        if (!baseline.currency().equals(policy.currency())) {
            throw new IllegalArgumentException("the baseline's currency " + baseline.currency()
                    + " differs from the policy's " + policy.currency()
                    + ": their money cannot be compared");
        }
        return new Simulator(policy, evaluator, baseline, baselineEvaluator, examples);
    }

    /** Replays every line of {@code history}, skipping blank ones; lines count from 1. */
    public void replay(BufferedReader history) throws IOException {
        long number = 0;
        for (String line = history.readLine(); line != null; line = history.readLine()) {
            number++;
            if (!line.isBlank()) {
                replay(number, line);
            }
        }
    }

    /** Replays the request on history line {@code number}; false when it is invalid. */
    public boolean replay(long number, String json) {
        String request = json.strip();
        RequestValues values;
        try {
            values = reader.read(JsonRequests.parse(request));
        } catch (InvalidRequestException e) {
            invalid++;
            if (invalidLines.size() < INVALID_SHOWN) {
                invalidLines.add(new InvalidLine(number, e.getMessage(), e.field()));
            }
            return false;
        }
        int field = amountField.index();
        long amount = values.isPresent(field) ? values.value(field) : 0;
        Decision now = evaluator.decide(values);
        tallies.record(now, amount);
        if (baseline != null) {
            Decision old = baselineEvaluator.decide(values);
            baselineTallies.record(old, amount);
            differences.record(number, request, old, now);
        }
        return true;
    }

    /** What the lines replayed so far found. */
    public Simulation result() {
        Tally total = tallies.total();
        Comparison comparison = baseline == null ? null : differences.result(baseline.file(),
                baselineTallies.total().refunds(), total.refunds());
        return new Simulation(policy.file(), policy.currency(), policy.currencyDecimals(),
                amountField.path(), total.count(), total.amount(), total.refunds(),
                tallies.outcomes(), tallies.rules(), invalid, invalidLines, comparison);
    }

    /** Requires what either policy reads, and the amount field unless the schema says optional. */
    private static RequestReader reader(CheckedPolicy policy, CheckedPolicy baseline,
                                        Field amountField) {
        RequestFormat format = RequestFormat.of(policy);
        boolean[] required = format.required();
        if (baseline != null) {
            boolean[] alsoRequired = RequestFormat.of(baseline).required();
            for (int i = 0; i < required.length; i++) {
                required[i] |= alsoRequired[i];
            }
        }
        required[amountField.index()] |= !amountField.optional();
        return format.reader(required);
    }
}
