package dev.verdict.loader.log;

/**
 * Where decisions are recorded: one call per decision, on the deciding thread, after it
 * decided. An implementation must return quickly: {@link JsonLinesLog} only queues the record.
 */
@FunctionalInterface
public interface DecisionLog {

    /** Records nothing: for a service without a decision log. */
    DecisionLog NONE = decision -> { };

    void record(LoggedDecision decision);
}
