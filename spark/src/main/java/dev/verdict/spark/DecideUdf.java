package dev.verdict.spark;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.StructType;

/**
 * The SQL function {@code verdict_decide(policy, request)}: decides a request struct
 * ({@code struct(*)} of a history's row) with the policy registered under that name, and
 * returns the decision ({@link DecisionRows#DECISION}). The request's fields are found by name
 * as {@link ColumnMapping} finds them. Each task thread keeps its own decider per policy and
 * mapping per struct type, so a row costs no compilation and no lookup beyond two maps.
 */
final class DecideUdf implements UDF2<String, Row, Row> {

    /** The SQL name. */
    static final String NAME = "verdict_decide";

    private static final long serialVersionUID = 1L;

    /** Per thread: a decider per shipment, and a mapping per struct type of each. */
    private static final ThreadLocal<Map<Shipment, Deciding>> DECIDING =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private record Deciding(RowDecider decider, Map<StructType, ColumnMapping> mappings) {
    }

    private final Map<String, Broadcast<Shipment>> policies;

    DecideUdf(Map<String, Broadcast<Shipment>> policies) {
        this.policies = Map.copyOf(policies);
    }

    @Override
    public Row call(String name, Row request) {
        Broadcast<Shipment> policy = policies.get(name);
        if (policy == null) {
            throw new VerdictSparkException("no policy is registered as `" + name
                    + "`; help: register it first with Verdict.register(spark, \"" + name
                    + "\", policyFile)");
        }
        Shipment shipment = policy.value();
        Deciding deciding = DECIDING.get().computeIfAbsent(shipment,
                s -> new Deciding(new RowDecider(s), new HashMap<>()));
        ColumnMapping mapping = deciding.mappings().computeIfAbsent(request.schema(),
                type -> ColumnMapping.of(shipment.reader().fields(),
                        shipment.reader().required(), Map.of(), type));
        return deciding.decider().decide(request, mapping);
    }
}
