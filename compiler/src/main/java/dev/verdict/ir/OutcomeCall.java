package dev.verdict.ir;

import dev.verdict.schema.OutcomeDef;
import java.util.List;

/** A rule's outcome with its checked arguments. */
public record OutcomeCall(OutcomeDef outcome, List<Arg> args) {
    public OutcomeCall {
        args = List.copyOf(args);
    }
}
