package dev.verdict.spark;

import dev.verdict.engine.ClassFiles;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.request.ReaderRecipe;
import dev.verdict.runtime.PolicyEvaluator;
import dev.verdict.simulate.ReplayBlock;
import dev.verdict.simulate.ReplayPlan;
import dev.verdict.simulate.ReplayWorker;
import dev.verdict.simulate.Simulation;
import dev.verdict.simulate.Simulator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code verdict simulate} on Spark: the policies are compiled once on the driver and their
 * class files broadcast; each partition of the history is replayed on an executor into one
 * block of counts, exactly as a block of lines is on one machine, and the blocks are merged on
 * the driver in partition order, which is the history's order. So the {@link Simulation} is
 * the one {@code verdict simulate} finds, and renders identically.
 */
public final class SparkSimulation {

    private final Simulator simulator;
    private final ClassFiles classes;
    private final ReplayPlan plan;

    private SparkSimulation(Simulator simulator, ClassFiles classes, ReplayPlan plan) {
        this.simulator = simulator;
        this.classes = classes;
        this.plan = plan;
    }

    /**
     * A simulation of {@code policy}, against {@code baseline} unless it is null, keeping
     * {@code examples} changed requests, lines over {@code maxLineBytes} being invalid.
     *
     * @throws VerdictSparkException when the schema moves no money, or the two policies
     *     cannot be compared
     */
    public static SparkSimulation of(CompiledPolicy policy, CompiledPolicy baseline,
                                     int examples, int maxLineBytes) {
        CheckedPolicy current = policy.policy();
        if (current.schema().amountField().isEmpty()) {
            throw new VerdictSparkException("cannot simulate " + current.file()
                    + ": its schema `" + current.schema().name()
                    + "` has no outcome that `refunds` money");
        }
        List<CompiledPolicy> both = baseline == null ? List.of(policy)
                : List.of(policy, baseline);
        ClassFiles classes = ClassFiles.compile(both.stream().map(CompiledPolicy::policy)
                .toList(), both.stream().map(CompiledPolicy::hash).toList());
        List<PolicyEvaluator> evaluators = classes.load();
        Simulator simulator;
        try {
            simulator = baseline == null ? Simulator.of(current, evaluators.get(0))
                    : Simulator.against(current, evaluators.get(0), baseline.policy(),
                    evaluators.get(1), examples);
        } catch (IllegalArgumentException e) {
            throw new VerdictSparkException("cannot compare " + current.file() + " with "
                    + baseline.policy().file() + ": " + e.getMessage());
        }
        return new SparkSimulation(simulator, classes, simulator.plan(maxLineBytes));
    }

    /** Replays {@code replay}'s history on {@code spark}; returns the report. */
    public Simulation run(SparkSession spark, HistoryReplay replay) {
        History history = history(spark, replay);
        Broadcast<Shipment> shipment = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new Shipment(classes, history.requests(), plan.reader(), plan));
        List<ReplayBlock> blocks = history.rows().javaRDD()
                .mapPartitions(rows -> replay(shipment.value(), rows)).collect();
        blocks.forEach(simulator::add);
        shipment.destroy();
        return simulator.result();
    }

    /**
     * The history of {@code replay} with each row's decision by the policy, as
     * {@link Decide#apply} gives them (a JSON Lines history has one column, {@code value}, the
     * line).
     */
    public Dataset<Row> decisions(SparkSession spark, HistoryReplay replay) {
        History history = history(spark, replay);
        return Decide.decide(history.rows(), history.requests(), classes, plan.reader());
    }

    /** The history of {@code replay}, its rows read as requests of the plan's fields. */
    private History history(SparkSession spark, HistoryReplay replay) {
        ReaderRecipe reader = plan.reader();
        return History.read(spark, replay.path(), replay.format(), reader.fields(),
                reader.required(), replay.columns());
    }

    /** Replays one partition into one block, on an executor. */
    private static Iterator<ReplayBlock> replay(Shipment shipment, Iterator<Row> rows) {
        List<PolicyEvaluator> evaluators = shipment.evaluators();
        ReplayPlan plan = shipment.plan();
        ReplayWorker worker = plan.worker(evaluators.get(0),
                evaluators.size() > 1 ? evaluators.get(1) : null);
        RowRequests requests = shipment.requests();
        JsonBuffer out = new JsonBuffer();
        worker.begin();
        int index = 0;
        for (; rows.hasNext(); index++) {
            String problem = requests.write(rows.next(), out);
            if (problem != null) {
                worker.reject(index, problem);
            } else if (out.length() > plan.maxLineBytes()) {
                worker.tooLong(index);
            } else {
                worker.line(index, out.bytes(), 0, out.length());
            }
        }
        List<ReplayBlock> block = new ArrayList<>(1);
        block.add(worker.end(index));
        return block.iterator();
    }
}
