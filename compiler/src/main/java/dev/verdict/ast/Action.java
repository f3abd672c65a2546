package dev.verdict.ast;

import java.util.List;

/** {@code name} or {@code name(args)}: an outcome or an obligation, the checker decides. */
public record Action(Name name, List<Operand> args, boolean parenthesised, Span span) {
    public Action {
        args = List.copyOf(args);
    }
}
