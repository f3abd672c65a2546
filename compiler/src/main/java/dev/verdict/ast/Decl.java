package dev.verdict.ast;

import dev.verdict.ast.Operand.ListLit;
import dev.verdict.ast.Operand.PathRef;
import dev.verdict.ast.Operand.StringLit;
import java.util.List;

/**
 * A top-level declaration of a {@code .policy}, {@code .platform} or {@code .schema} file. One
 * grammar serves all three; the checker reports declarations that do not belong in the kind of
 * file they are in.
 */
public sealed interface Decl {

    Span span();

    /** A declaration of a {@code .schema} file, or the {@code schema} line: {@link SchemaDecl}. */
    non-sealed interface OfSchema extends Decl {
    }

    /** {@code policy "display name"}. */
    record PolicyHeader(StringLit displayName, Span span) implements Decl {
    }

    /**
     * In a policy, {@code platform tiktok_us} or {@code platform "path.platform"} (quoted);
     * in a profile, {@code platform id "Display name"}.
     */
    record PlatformHeader(Name ref, StringLit displayName, Span span) implements Decl {
    }

    record CurrencyHeader(Name code, Span span) implements Decl {
    }

    /** {@code let NAME = [values]}. */
    record Let(Name name, ListLit values, Span span) implements Decl {
    }

    /** {@code set NAME = VALUE [where COND]}; {@code where} is null when absent. */
    record SetDecl(Name setting, Operand value, Cond where, Span span) implements Decl {
    }

    /** {@code default NAME = VALUE} in a profile. */
    record DefaultDecl(Name setting, Operand value, Span span) implements Decl {
    }

    /** {@code limit TARGET BOUND [where COND]} in a profile. */
    record LimitDecl(PathRef target, LimitBound bound, Cond where, Span span) implements Decl {
    }

    /** {@code forbid OUTCOME [where COND]} in a profile. */
    record ForbidDecl(Name outcome, Cond where, Span span) implements Decl {
    }

    /** {@code guard NAME: when COND then ACTIONS} in a profile. */
    record GuardDecl(Name name, Cond when, List<Action> then, Span span) implements Decl {
        public GuardDecl {
            then = List.copyOf(then);
        }
    }

    /** {@code [rule NAME [:]] when COND then ACTIONS}; {@code name} is null when unnamed. */
    record RuleDecl(Name name, int whenLine, Cond when, List<Action> then, Span span)
            implements Decl {
        public RuleDecl {
            then = List.copyOf(then);
        }

        /** The name outputs use: the written one, else {@code rule@LINE}. */
        public String displayName() {
            return name != null ? name.text() : "rule@" + whenLine;
        }
    }

    record Otherwise(List<Action> then, Span span) implements Decl {
        public Otherwise {
            then = List.copyOf(then);
        }
    }

    /** {@code test defaults: a = 1, b = 2}. */
    record TestDefaults(List<Assignment> values, Span span) implements Decl {
        public TestDefaults {
            values = List.copyOf(values);
        }
    }

    /**
     * {@code test NAME: [given ...] expect OUTCOME[(args)] [, OBLIGATION ...] [by RULE]};
     * {@code by} may be null; {@code obligations} is empty when the test lists none.
     */
    record TestCase(Name name, List<Assignment> given, Action expect, List<Action> obligations,
                    Name by, Span span) implements Decl {
        public TestCase {
            given = List.copyOf(given);
            obligations = List.copyOf(obligations);
        }
    }
}
