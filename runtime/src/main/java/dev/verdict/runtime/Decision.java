package dev.verdict.runtime;

import java.io.Serializable;
import java.util.List;

/**
 * The decision for one request. Immutable; evaluators return preallocated instances, so deciding
 * allocates nothing. Arguments are in canonical DSL form ({@code 30%}, {@code 5.00 USD}, enum
 * values by name). {@code rule} and {@code line} are null for the implicit fallback.
 */
public record Decision(String outcome, List<String> args, List<Obligation> obligations, String rule,
                       Integer line, Source source) implements Serializable {

    public Decision {
        args = List.copyOf(args);
        obligations = List.copyOf(obligations);
    }

    /** This decision as one line of JSON, in the shape SPEC §11 gives. */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\"outcome\":");
        Json.string(json, outcome);
        json.append(",\"args\":");
        Json.strings(json, args);
        json.append(",\"obligations\":[");
        for (int i = 0; i < obligations.size(); i++) {
            Obligation o = obligations.get(i);
            json.append(i == 0 ? "" : ",").append("{\"action\":");
            Json.string(json, o.action());
            json.append(",\"args\":");
            Json.strings(json, o.args());
            json.append('}');
        }
        json.append("],\"rule\":");
        Json.string(json, rule);
        json.append(",\"line\":").append(line == null ? "null" : line.toString());
        json.append(",\"source\":");
        Json.string(json, source.word());
        return json.append('}').toString();
    }
}
