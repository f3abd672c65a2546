package dev.verdict.spark;

import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.PolicyEvaluator;
import dev.verdict.runtime.RequestParser;
import dev.verdict.runtime.RequestValues;
import org.apache.spark.sql.Row;

/**
 * Decides rows one at a time on one thread with the first policy of a {@link Shipment}: each
 * row is written as its JSON request into a reused buffer, parsed straight into request values
 * and decided. Not thread-safe: one per task or thread.
 */
final class RowDecider {

    private final RowRequests requests;
    private final RequestParser parser;
    private final PolicyEvaluator evaluator;
    private final String version;
    private final JsonBuffer out = new JsonBuffer();

    RowDecider(Shipment shipment) {
        this.requests = shipment.requests();
        this.parser = shipment.reader().reader().parser();
        this.evaluator = shipment.evaluators().get(0);
        this.version = evaluator.version().hash();
    }

    /** The decision on {@code row} as a {@link DecisionRows#DECISION}, or its error. */
    Row decide(Row row) {
        return decide(row, requests);
    }

    /** As {@link #decide(Row)}, with rows that are requests as {@code rowRequests} says. */
    Row decide(Row row, RowRequests rowRequests) {
        String problem = rowRequests.write(row, out);
        if (problem != null) {
            return DecisionRows.error(problem, null);
        }
        RequestValues values;
        try {
            values = parser.read(out.bytes(), 0, out.length());
        } catch (InvalidRequestException e) {
            return DecisionRows.error(e.getMessage(), e.field());
        }
        return DecisionRows.of(evaluator.decide(values), version);
    }
}
