package dev.verdict.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import dev.verdict.codegen.DispatchPlanner.Step;
import dev.verdict.ir.Cap;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the methods that compute a setting for a request (SPEC §5): the index of the first
 * conditional value whose condition is true ({@code -1}: none), the value it selects (else the
 * unconditional value or the profile default), clamped by each cap whose condition is true; and
 * whether there is a value at all, when nothing guarantees one.
 */
final class SettingWriter {

    private final EvaluatorCode code;
    private final ConditionWriter conditions;
    private final StepWriter steps;

    /** @param code a view whose helpers take only the request */
    SettingWriter(EvaluatorCode code) {
        this.code = code;
        this.conditions = new ConditionWriter(code);
        this.steps = new StepWriter(code, conditions);
    }

    /**
     * Adds the methods that compute each local setting, and the tables of their conditional
     * values; returns the entry's statements declaring the locals.
     */
    CodeBlock write(Settings settings) {
        CodeBlock.Builder entry = CodeBlock.builder();
        for (Settings.Local local : settings.locals()) {
            Settings.Plan plan = local.plan();
            String values = "SETTING_" + plan.setting().index();
            String source = plan.when().isEmpty() ? null : source(plan);
            if (source != null) {
                code.addField(FieldSpec.builder(ArrayTypeName.of(TypeName.LONG), values,
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(code.array("settingValues", plan.values()))
                        .build());
            }
            String value = code.addMethod("setting", TypeName.LONG, value(plan, values, source));
            entry.addStatement("long $N = $L", local.value(), code.call(value));
            if (local.known() != null) {
                String known = code.addMethod("hasSetting", TypeName.BOOLEAN,
                        CodeBlock.builder().addStatement("return $L >= 0",
                                code.call(source)).build());
                entry.addStatement("boolean $N = $L", local.known(), code.call(known));
            }
        }
        return entry.build();
    }

    private String source(Settings.Plan plan) {
        List<Step> conditional = new ArrayList<>();
        for (int i = 0; i < plan.when().size(); i++) {
            conditional.add(new Step(i, plan.when().get(i)));
        }
        StepWriter.Result result = new StepWriter.Result(TypeName.INT, step -> CodeBlock.of("$L",
                step.rule()),
                CodeBlock.of("-1"), "$N >= 0");
        CodeBlock.Builder body = CodeBlock.builder();
        if (steps.write(conditional, result, EvaluatorCode.METHOD_BUDGET, body)) {
            body.addStatement("return -1");
        }
        return code.addMethod("settingSource", TypeName.INT, body.build());
    }

    private CodeBlock value(Settings.Plan plan, String values, String source) {
        CodeBlock.Builder body = CodeBlock.builder();
        if (source == null) {
            body.addStatement("long value = $L", JavaLiterals.longValue(plan.otherwise()));
        } else {
            body.addStatement("int source = $L", code.call(source));
            if (plan.otherwise() == null) {
                body.addStatement("if (source < 0) return 0L");
                body.addStatement("long value = $N[source]", values);
            } else {
                body.addStatement("long value = source >= 0 ? $N[source] : $L", values,
                        JavaLiterals.longValue(plan.otherwise()));
            }
        }
        for (int i = 0; i < plan.caps().size(); i++) {
            CodeBlock clamp = clamp(plan.caps().get(i));
            if (clamp == null) {
                continue;
            }
            Formula when = plan.capWhen().get(i);
            if (when.equals(Formula.TRUE)) {
                body.addStatement("value = $L", clamp);
            } else {
                CodeBlock test = conditions.test(when, body);
                body.addStatement("if ($L) value = $L", test, clamp);
            }
        }
        return body.addStatement("return value").build();
    }

    /** The clamped value as {@link Cap#apply} computes it, or null when the cap changes nothing. */
    private static CodeBlock clamp(Cap cap) {
        return switch (cap.op()) {
            case LE -> CodeBlock.of("$T.min(value, $L)", Math.class,
                    JavaLiterals.longValue(cap.bound()));
            case LT -> CodeBlock.of("$T.min(value, $L)", Math.class,
                    JavaLiterals.longValue(cap.bound() - 1));
            case GE -> CodeBlock.of("$T.max(value, $L)", Math.class,
                    JavaLiterals.longValue(cap.bound()));
            case GT -> CodeBlock.of("$T.max(value, $L)", Math.class,
                    JavaLiterals.longValue(cap.bound() + 1));
            default -> null;
        };
    }
}
