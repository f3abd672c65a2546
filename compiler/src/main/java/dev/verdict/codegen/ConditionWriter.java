package dev.verdict.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.verdict.ast.CompareOp;
import dev.verdict.ir.Term;
import dev.verdict.schema.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@link Formula}s as Java over primitives, without allocation. Small formulas become one
 * expression ({@code r.amount < 5000L && r.reason == 0}); larger ones are computed into boolean
 * locals a few atoms at a time, each group tested only when still needed, so that no expression
 * nests deeply (javac overflows its stack on a few hundred nested operators); formulas too large
 * for one method go into helpers of their own.
 */
final class ConditionWriter {

    /** Atoms per expression. */
    static final int INLINE_ATOMS = 6;

    private final EvaluatorCode code;
    private int locals;

    ConditionWriter(EvaluatorCode code) {
        this.code = code;
    }

    /** A fresh local name, unique in the class. */
    String local(String prefix) {
        return prefix + locals++;
    }

    /**
     * Appends to {@code body} the statements the test needs and returns a boolean expression
     * that holds exactly when {@code formula} does.
     */
    CodeBlock test(Formula formula, CodeBlock.Builder body) {
        return emit(size(formula) > EvaluatorCode.METHOD_BUDGET ? shrink(formula) : formula, body,
                Set.of());
    }

    /** The estimated bytecode of testing {@code formula}. */
    int size(Formula formula) {
        if (formula instanceof Formula.All all) {
            return all.operands().stream().mapToInt(f -> size(f) + 1).sum();
        }
        if (formula instanceof Formula.Any any) {
            return any.operands().stream().mapToInt(f -> size(f) + 1).sum();
        }
        if (formula instanceof Formula.Compare compare) {
            return 10 + termSize(compare.left()) + termSize(compare.right());
        }
        if (formula instanceof Formula.In in) {
            return in.field().optional() ? 20 : 15;
        }
        if (formula instanceof Formula.Text text) {
            return 8 + 8 * text.values().size();
        }
        if (formula instanceof Formula.Call) {
            return code.callSize();
        }
        return formula instanceof Formula.Presence ? 5 : 1;
    }

    private static int termSize(Term term) {
        if (term instanceof Term.FieldTerm field) {
            return field.field().optional() ? 10 : 4;
        }
        return term instanceof Term.SettingTerm ? 4 : 3;
    }

    private static int atoms(Formula formula) {
        if (formula instanceof Formula.All all) {
            return all.operands().stream().mapToInt(ConditionWriter::atoms).sum();
        }
        if (formula instanceof Formula.Any any) {
            return any.operands().stream().mapToInt(ConditionWriter::atoms).sum();
        }
        return 1;
    }

    /**
     * Emits {@code formula}; {@code known} are the optional fields (and settings) that earlier
     * conjuncts already proved present, whose presence is not tested again.
     */
    private CodeBlock emit(Formula formula, CodeBlock.Builder body, Set<Object> known) {
        if (atoms(formula) <= INLINE_ATOMS) {
            return inline(formula, false, known);
        }
        boolean all = formula instanceof Formula.All;
        String result = local("c");
        List<List<Formula>> groups = groups(operands(formula));
        for (int i = 0; i < groups.size(); i++) {
            List<Formula> group = groups.get(i);
            if (i > 0) {
                body.beginControlFlow(all ? "if ($N)" : "if (!$N)", result);
            }
            boolean alone = group.size() == 1;
            Formula part = alone ? group.get(0)
                    : all ? new Formula.All(group) : new Formula.Any(group);
            CodeBlock value = alone ? emit(part, body, known) : inline(part, false, known);
            body.addStatement(i == 0 ? "boolean $N = $L" : "$N = $L", result, value);
            if (i > 0) {
                body.endControlFlow();
            }
            if (all) {
                known = with(known, part);
            }
        }
        return CodeBlock.of("$N", result);
    }

    /** Consecutive small operands packed up to {@link #INLINE_ATOMS}; a large one alone. */
    private static List<List<Formula>> groups(List<Formula> operands) {
        List<List<Formula>> groups = new ArrayList<>();
        List<Formula> group = new ArrayList<>();
        int atoms = 0;
        for (Formula operand : operands) {
            int size = atoms(operand);
            if (!group.isEmpty() && atoms + size > INLINE_ATOMS) {
                groups.add(group);
                group = new ArrayList<>();
                atoms = 0;
            }
            group.add(operand);
            atoms += size;
        }
        groups.add(group);
        return groups;
    }

    private static List<Formula> operands(Formula formula) {
        return formula instanceof Formula.All all ? all.operands()
                : ((Formula.Any) formula).operands();
    }

    /**
     * The formula with parts moved into helper methods until it fits one method: operands are
     * packed into helpers of at most {@link EvaluatorCode#METHOD_BUDGET}, repeatedly.
     */
    private Formula shrink(Formula formula) {
        if (size(formula) <= EvaluatorCode.METHOD_BUDGET) {
            return formula;
        }
        boolean all = formula instanceof Formula.All;
        List<Formula> calls = new ArrayList<>();
        List<Formula> chunk = new ArrayList<>();
        int chunkSize = 0;
        for (Formula operand : operands(formula)) {
            Formula part = size(operand) > EvaluatorCode.METHOD_BUDGET ? shrink(operand) : operand;
            int size = size(part) + 1;
            if (!chunk.isEmpty() && chunkSize + size > EvaluatorCode.METHOD_BUDGET) {
                calls.add(extract(chunk, all));
                chunk = new ArrayList<>();
                chunkSize = 0;
            }
            chunk.add(part);
            chunkSize += size;
        }
        calls.add(extract(chunk, all));
        return shrink(all ? new Formula.All(calls) : new Formula.Any(calls));
    }

    private Formula extract(List<Formula> chunk, boolean all) {
        Formula formula = chunk.size() == 1 ? chunk.get(0)
                : all ? new Formula.All(chunk) : new Formula.Any(chunk);
        if (size(formula) <= code.callSize()) {
            return formula;
        }
        CodeBlock.Builder body = CodeBlock.builder();
        CodeBlock result = emit(formula, body, Set.of());
        body.addStatement("return $L", result);
        return new Formula.Call(code.addMethod("test", TypeName.BOOLEAN, body.build()));
    }

    private CodeBlock inline(Formula formula, boolean insideAll, Set<Object> known) {
        if (formula instanceof Formula.All all) {
            List<CodeBlock> operands = new ArrayList<>();
            for (Formula operand : all.operands()) {
                operands.add(inline(operand, true, known));
                known = with(known, operand);
            }
            return CodeBlock.join(operands, " && ");
        }
        if (formula instanceof Formula.Any any) {
            Set<Object> before = known;
            CodeBlock joined = any.operands().stream().map(f -> inline(f, false, before))
                    .collect(CodeBlock.joining(" || "));
            return insideAll ? CodeBlock.of("($L)", joined) : joined;
        }
        if (formula instanceof Formula.Compare compare) {
            return compare(compare, known);
        }
        if (formula instanceof Formula.In in) {
            return in(in, known);
        }
        if (formula instanceof Formula.Text text) {
            return text(text, known, insideAll);
        }
        if (formula instanceof Formula.Presence presence) {
            if (known.contains(presence.field())) {
                return CodeBlock.of("$L", presence.present());
            }
            return CodeBlock.of(presence.present() ? "$L" : "!$L", code.present(presence.field()));
        }
        if (formula instanceof Formula.Call call) {
            return code.call(call.method());
        }
        return CodeBlock.of("$L", ((Formula.Fixed) formula).value());
    }

    private CodeBlock in(Formula.In in, Set<Object> known) {
        Field field = in.field();
        long mask = in.mask();
        long others = field.type().allValues() & ~mask;
        CodeBlock value = code.value(field);
        CodeBlock test;
        if (Long.bitCount(mask) == 1) {
            test = CodeBlock.of("$L == $L", value, Long.numberOfTrailingZeros(mask));
        } else if (Long.bitCount(others) == 1) {
            test = CodeBlock.of("$L != $L", value, Long.numberOfTrailingZeros(others));
        } else {
            test = CodeBlock.of("(1L << $L & 0x$LL) != 0", value, Long.toHexString(mask));
        }
        boolean tested = field.optional() && !known.contains(field);
        return tested ? CodeBlock.of("$L && $L", code.present(field), test) : test;
    }

    /**
     * {@code "ups".equals(r.carrier) || "dhl".equals(r.carrier)}, or its negation; each
     * constant's {@code equals} allocates nothing.
     */
    private CodeBlock text(Formula.Text text, Set<Object> known, boolean insideAll) {
        Field field = text.field();
        CodeBlock value = code.value(field);
        CodeBlock any = text.values().stream()
                .map(v -> CodeBlock.of("$L.equals($L)", JavaLiterals.string(v), value))
                .collect(CodeBlock.joining(" || "));
        boolean tested = field.optional() && !known.contains(field);
        boolean several = text.values().size() > 1;
        CodeBlock test = !text.in() ? CodeBlock.of(several ? "!($L)" : "!$L", any)
                : several && (tested || insideAll) ? CodeBlock.of("($L)", any) : any;
        return tested ? CodeBlock.of("$L && $L", code.present(field), test) : test;
    }

    private CodeBlock compare(Formula.Compare compare, Set<Object> known) {
        List<CodeBlock> parts = new ArrayList<>();
        known(compare.left(), parts, known);
        known(compare.right(), parts, known);
        parts.add(comparison(compare.left(), compare.op(), compare.right()));
        return CodeBlock.join(parts, " && ");
    }

    private void known(Term term, List<CodeBlock> parts, Set<Object> known) {
        Object fact = fact(term);
        if (fact == null || known.contains(fact)) {
            return;
        }
        if (term instanceof Term.FieldTerm field) {
            parts.add(code.present(field.field()));
        } else {
            if (!(term instanceof Term.SettingTerm setting)) {
                throw new AssertionError("unhandled " + term.getClass().getName());
            }
            parts.add(CodeBlock.of("$N", code.settings().local(setting.setting()).known()));
        }
    }

    private CodeBlock comparison(Term left, CompareOp op, Term right) {
        if (left instanceof Term.Constant && isBool(right)) {
            return comparison(right, op.flip(), left);
        }
        if (isBool(left) && right instanceof Term.Constant c && (op == CompareOp.EQ
                || op == CompareOp.NE)
                && (c.value() == 0 || c.value() == 1)) {
            boolean positive = (op == CompareOp.EQ) == (c.value() == 1);
            return CodeBlock.of(positive ? "$L" : "!$L", term(left));
        }
        if (isBool(left) && isBool(right) && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return CodeBlock.of("$L $L $L", term(left), op == CompareOp.EQ ? "==" : "!=",
                    term(right));
        }
        return CodeBlock.of("$L $L $L", number(left), javaOperator(op), number(right));
    }

    /** What must hold for the term to have a value: an optional field or a setting, else null. */
    private Object fact(Term term) {
        if (term instanceof Term.FieldTerm field && field.field().optional()) {
            return field.field();
        }
        if (term instanceof Term.SettingTerm setting
                && code.settings().local(setting.setting()).known() != null) {
            return setting.setting();
        }
        return null;
    }

    /** {@code known} and what {@code formula} proves present when it holds. */
    private Set<Object> with(Set<Object> known, Formula formula) {
        Set<Object> more = new HashSet<>(known);
        proves(formula, more);
        return more.size() == known.size() ? known : more;
    }

    private void proves(Formula formula, Set<Object> into) {
        if (formula instanceof Formula.All all) {
            all.operands().forEach(f -> proves(f, into));
        } else if (formula instanceof Formula.Compare compare) {
            for (Term term : List.of(compare.left(), compare.right())) {
                Object fact = fact(term);
                if (fact != null) {
                    into.add(fact);
                }
            }
        } else if (formula instanceof Formula.In in && in.field().optional()) {
            into.add(in.field());
        } else if (formula instanceof Formula.Text text && text.field().optional()) {
            into.add(text.field());
        } else if (formula instanceof Formula.Presence presence && presence.present()) {
            into.add(presence.field());
        }
    }

    private boolean isBool(Term term) {
        return term instanceof Term.FieldTerm field && code.request().field(field.field()).isBool();
    }

    private CodeBlock term(Term term) {
        if (term instanceof Term.FieldTerm field) {
            return code.value(field.field());
        }
        if (term instanceof Term.SettingTerm setting) {
            return CodeBlock.of("$N", code.settings().local(setting.setting()).value());
        }
        return JavaLiterals.number(((Term.Constant) term).value());
    }

    /** The term as a number: bools as 0 and 1. */
    private CodeBlock number(Term term) {
        return isBool(term) ? CodeBlock.of("($L ? 1 : 0)", term(term)) : term(term);
    }

    private static String javaOperator(CompareOp op) {
        return op == CompareOp.EQ ? "==" : op.symbol();
    }
}
