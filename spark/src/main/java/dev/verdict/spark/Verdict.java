package dev.verdict.spark;

import dev.verdict.engine.ClassFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * Verdict on Spark, for Java and Scala programs: decide Datasets of requests with a policy
 * ({@link #decide}), or register a policy for Spark SQL ({@link #register}:
 * {@code SELECT verdict_decide('refunds', struct(*)) FROM history}). Policies are checked and
 * compiled once, on the driver; executors load the compiled classes.
 */
public final class Verdict {

    /** The policies registered for SQL, by name, per Spark context (broadcasts belong to one). */
    private static final Map<SparkContext, Map<String, Broadcast<Shipment>>> REGISTERED =
            new WeakHashMap<>();

    private Verdict() {
    }

    /**
     * A decider of request Datasets with the policy in {@code policyFile}.
     *
     * @throws VerdictSparkException when the policy cannot be read or has errors
     */
    public static Decide decide(Path policyFile) {
        CompiledPolicy policy = CompiledPolicy.of(policyFile);
        return new Decide(policy, ClassFiles.compile(List.of(policy.policy()),
                List.of(policy.hash())), Map.of());
    }

    /**
     * Registers the policy in {@code policyFile} as {@code name} for the SQL function
     * {@code verdict_decide(name, request)}, which this (re)registers on {@code spark}.
     *
     * @throws VerdictSparkException when the policy cannot be read or has errors
     */
    public static synchronized void register(SparkSession spark, String name, Path policyFile) {
        Decide decide = decide(policyFile);
        SparkContext context = spark.sparkContext();
        Broadcast<Shipment> shipment = JavaSparkContext.fromSparkContext(context)
                .broadcast(new Shipment(decide.classes(), null, decide.reader(), null));
        Map<String, Broadcast<Shipment>> registered =
                REGISTERED.computeIfAbsent(context, c -> new HashMap<>());
        registered.put(name, shipment);
        spark.udf().register(DecideUdf.NAME, new DecideUdf(registered), DecisionRows.DECISION);
    }
}
