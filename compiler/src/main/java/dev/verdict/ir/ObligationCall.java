package dev.verdict.ir;

import dev.verdict.schema.ObligationDef;
import java.util.List;

/** An obligation with its checked arguments. */
public record ObligationCall(ObligationDef obligation, List<Arg> args) {
    public ObligationCall {
        args = List.copyOf(args);
    }
}
