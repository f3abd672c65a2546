package dev.verdict.loader.log;

/**
 * Where decisions are recorded: one call per decision, on the deciding thread, after it
 * decided. An implementation must return quickly: {@link JsonLinesLog} only queues the record.
 */
@FunctionalInterface
public interface DecisionLog {

    void record(LoggedDecision decision);
}
