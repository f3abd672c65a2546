package dev.verdict.check;

import dev.verdict.ir.Expr;
import dev.verdict.schema.Field;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * An outcome implies its applicability (SPEC §4): a rule's effective condition is its written
 * one and {@code request in [types the outcome applies to]}. The request types a written
 * condition allows are read from its top-level conjunction of {@code request} tests; the
 * analysis works them out exactly.
 */
final class Applicability {

    private Applicability() {
    }

    /** {@code written}, narrowed to the requests {@code outcome} applies to. */
    static Expr effective(Expr written, OutcomeDef outcome, Schema schema) {
        Field request = schema.requestField();
        long applicable = schema.applicability(outcome);
        if (applicable == request.type().allValues()) {
            return written;
        }
        List<Expr> operands = new ArrayList<>(List.of(written));
        operands.add(new Expr.Member(request, applicable));
        return new Expr.And(operands);
    }

    /**
     * The request types the conjunction of {@code request =}, {@code !=}, {@code in} and
     * {@code not in} atoms at the top of {@code written} allows (every type when there are none).
     */
    static long allowedRequests(Expr written, Field request) {
        if (written instanceof Expr.And and) {
            long allowed = request.type().allValues();
            for (Expr operand : and.operands()) {
                allowed &= allowedRequests(operand, request);
            }
            return allowed;
        }
        if (written instanceof Expr.Member member && member.field().equals(request)) {
            return member.mask();
        }
        if (written instanceof Expr.Not not && not.operand() instanceof Expr.Member member
                && member.field().equals(request)) {
            return ~member.mask() & request.type().allValues();
        }
        return request.type().allValues();
    }

    /** The names of the request types in {@code mask}, as {@code `a`, `b`}. */
    static String names(long mask, Field request) {
        List<String> names = new ArrayList<>();
        List<String> values = request.type().values();
        for (int i = 0; i < values.size(); i++) {
            if ((mask & (1L << i)) != 0) {
                names.add("`" + values.get(i) + "`");
            }
        }
        return String.join(", ", names);
    }
}
