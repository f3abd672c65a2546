package dev.verdict.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.verdict.ir.Arg;
import dev.verdict.ir.ObligationCall;
import dev.verdict.ir.Rule;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Obligation;
import dev.verdict.runtime.Source;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The decisions an evaluator returns, as {@code static final} constants built once: one per
 * guard ({@code GUARD_i}), rule ({@code RULE_i}) and {@code otherwise}, and the fallback. Names are
 * positions, never policy text; the text is in string literals. A class initializer is limited to
 * 64 KB of bytecode, so a large policy keeps its decisions in nested holder classes.
 */
final class DecisionConstants {

    /** Decisions per class initializer. */
    static final int PER_HOLDER = 256;

    private final List<Rule> rules;
    private final List<String> names = new ArrayList<>();
    private final BitSet used = new BitSet();
    private final List<ClassName> holders = new ArrayList<>();
    private final CodeBlock fallback;

    DecisionConstants(ClassName evaluator, List<Rule> guards, List<Rule> rules, Rule otherwise,
                      String fallbackOutcome) {
        this.rules = new ArrayList<>(guards);
        this.rules.addAll(rules);
        for (int i = 0; i < guards.size(); i++) {
            names.add("GUARD_" + i);
        }
        for (int i = 0; i < rules.size(); i++) {
            names.add("RULE_" + i);
        }
        if (otherwise != null) {
            this.rules.add(otherwise);
            names.add("OTHERWISE");
        }
        int count = this.rules.size();
        int holderCount = count <= PER_HOLDER ? 0 : (count + PER_HOLDER - 1) / PER_HOLDER;
        for (int i = 0; i < holderCount; i++) {
            holders.add(evaluator.nestedClass("Decisions" + i));
        }
        this.fallback = CodeBlock.of("new $T($L, $T.of(), $T.of(), null, null, $T.$L)",
                Decision.class,
                JavaLiterals.string(fallbackOutcome), List.class, List.class, Source.class,
                Source.DEFAULT.name());
    }

    /** Guards, rules and {@code otherwise}, in evaluation order (the indices of steps). */
    List<Rule> rules() {
        return rules;
    }

    /** The constant of the rule at {@code index} in evaluation order; only those used are made. */
    CodeBlock reference(int index) {
        used.set(index);
        return holders.isEmpty() ? CodeBlock.of("$N", names.get(index))
                : CodeBlock.of("$T.$N", holders.get(index / PER_HOLDER), names.get(index));
    }

    CodeBlock fallback() {
        return CodeBlock.of("FALLBACK");
    }

    /** Adds the referenced constants to the evaluator class. */
    void addTo(TypeSpec.Builder type) {
        if (holders.isEmpty()) {
            used.stream().forEach(i -> type.addField(constant(i, Modifier.PRIVATE)));
        }
        for (int h = 0; h < holders.size(); h++) {
            BitSet held = used.get(h * PER_HOLDER, (h + 1) * PER_HOLDER);
            if (held.isEmpty()) {
                continue;
            }
            TypeSpec.Builder holder = TypeSpec.classBuilder(holders.get(h))
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
            int first = h * PER_HOLDER;
            held.stream().forEach(i -> holder.addField(constant(first + i)));
            type.addType(holder.build());
        }
        type.addField(FieldSpec.builder(Decision.class, "FALLBACK", Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL).initializer(fallback).build());
    }

    private FieldSpec constant(int index, Modifier... access) {
        Rule rule = rules.get(index);
        List<CodeBlock> obligations = new ArrayList<>();
        for (ObligationCall obligation : rule.obligations()) {
            obligations.add(CodeBlock.of("new $T($L, $L)", Obligation.class,
                    JavaLiterals.string(obligation.obligation().name()), texts(obligation.args())));
        }
        CodeBlock decision = CodeBlock.of("new $T($L, $L, $T.of($L), $L, $L, $T.$L)",
                Decision.class,
                JavaLiterals.string(rule.outcome().outcome().name()), texts(rule.outcome().args()),
                List.class, CodeBlock.join(obligations, ", "), JavaLiterals.string(rule.name()),
                rule.line(), Source.class, rule.source().name());
        return FieldSpec.builder(Decision.class, names.get(index), access)
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .initializer(decision)
                .build();
    }

    private static CodeBlock texts(List<Arg> args) {
        return CodeBlock.of("$T.of($L)", List.class,
                CodeBlock.join(args.stream().map(a -> JavaLiterals.string(a.text())).toList(),
                        ", "));
    }
}
