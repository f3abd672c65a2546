package dev.verdict.simulate;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.request.JsonLines;
import dev.verdict.request.ParallelBlocks;
import dev.verdict.request.ReaderRecipe;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.Evaluator;
import dev.verdict.schema.Field;
import dev.verdict.simulate.Simulation.InvalidLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replays past requests (one JSON object per line, as {@code verdict eval} reads them) through a
 * policy, and optionally through a baseline policy too, and counts what they decide and the
 * money it moves ({@link Simulation}). A request must carry what either policy reads and the
 * schema's amount field; a line that is not such a request is counted as invalid and the
 * replay goes on. Lines are decided in parallel blocks ({@link ParallelBlocks}) and merged in
 * history order, so the result does not depend on the thread count. Mutable: replay a
 * history, then take the {@link #result()}.
 */
public final class Simulator {

    /** How many changed requests a comparison shows unless told otherwise. */
    public static final int DEFAULT_EXAMPLES = 5;
    /** How many invalid lines a simulation keeps to show. */
    static final int INVALID_SHOWN = 5;

    private final CheckedPolicy policy;
    private final Tallies tallies;
    private final CheckedPolicy baseline;
    private final Tallies baselineTallies;
    private final Differences differences;
    private final Field amountField;
    private final ReaderRecipe reader;
    private final Evaluator evaluator;
    private final Evaluator baselineEvaluator;
    private final int examples;
    private final List<InvalidLine> invalidLines = new ArrayList<>();
    private long invalid;
    private long linesRead;

    private Simulator(CheckedPolicy policy, Evaluator evaluator, CheckedPolicy baseline,
                      Evaluator baselineEvaluator, int examples) {
        this.policy = policy;
        this.evaluator = evaluator;
        this.tallies = new Tallies(policy);
        this.baseline = baseline;
        this.baselineEvaluator = baselineEvaluator;
        this.baselineTallies = baseline == null ? null : new Tallies(baseline);
        this.examples = examples;
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

    /**
     * Replays every line of {@code history} (JSON Lines, UTF-8), skipping blank ones; lines
     * count from 1, blank ones included. A line that is not a valid request (not UTF-8, not
     * JSON, longer than the cap of {@code history}, or missing a field) is counted as invalid
     * and the replay goes on. The result is the same for any number of threads.
     */
    public void replay(JsonLines history, ParallelBlocks parallel) throws IOException {
        ReplayPlan plan = plan(history.maxLineBytes());
        parallel.run(history, () -> plan.worker(evaluator, baselineEvaluator), this::add);
    }

    /**
     * How to replay parts of a history elsewhere (on Spark executors, say), lines longer than
     * {@code maxLineBytes} being invalid: their blocks come back to {@link #add}.
     */
    public ReplayPlan plan(int maxLineBytes) {
        return new ReplayPlan(reader, maxLineBytes, amountField.index(),
                tallies.deciders().table(),
                baseline == null ? null : baselineTallies.deciders().table(), examples);
    }

    /** Adds what one block of the history found; blocks must come in history order. */
    public void add(ReplayBlock block) {
        tallies.add(block.policy);
        if (baseline != null) {
            baselineTallies.add(block.baseline);
            differences.add(block.changes, linesRead + 1);
        }
        invalid += block.invalid;
        for (InvalidLine line : block.invalidLines) {
            if (invalidLines.size() < INVALID_SHOWN) {
                invalidLines.add(new InvalidLine(linesRead + 1 + line.line(), line.message(),
                        line.field()));
            }
        }
        linesRead += block.lines;
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
    static ReaderRecipe reader(CheckedPolicy policy, CheckedPolicy baseline,
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
        return format.recipe(required);
    }
}
