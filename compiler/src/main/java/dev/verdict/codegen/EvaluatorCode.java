package dev.verdict.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.verdict.codegen.RequestModel.FieldModel;
import dev.verdict.schema.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The helper methods of an evaluator class being generated, and what they share: every one is
 * {@code private static}, takes the request and the settings the policy compares with (computed
 * once per request), and reads request fields directly. Method names are numbered in the order
 * they are made, so that the same policy always gives the same source.
 */
final class EvaluatorCode {

    /** Estimated bytecode of a method (HotSpot compiles methods up to 8,000 bytes). */
    static final int METHOD_BUDGET = 2_000;

    private final RequestModel request;
    private final Settings settings;
    private final Methods methods;

    /** The helpers made so far, shared by the views of one class,
            and the next number per prefix. */
    private static final class Methods {
        final List<MethodSpec> made = new ArrayList<>();
        final List<FieldSpec> tables = new ArrayList<>();
        final Map<String, Integer> next = new HashMap<>();
    }

    EvaluatorCode(RequestModel request, Settings settings) {
        this(request, settings, new Methods());
    }

    private EvaluatorCode(RequestModel request, Settings settings, Methods methods) {
        this.request = request;
        this.settings = settings;
        this.methods = methods;
    }

    /**
     * A view for the code that computes settings, whose helpers take only the request: setting
     * conditions never read settings (E0210), and settings are computed before any rule.
     */
    EvaluatorCode withoutSettings() {
        return new EvaluatorCode(request, Settings.NONE, methods);
    }

    RequestModel request() {
        return request;
    }

    Settings settings() {
        return settings;
    }

    /** The parameters of every helper: the request, then the settings' values. */
    List<ParameterSpec> parameters() {
        List<ParameterSpec> parameters = new ArrayList<>();
        parameters.add(ParameterSpec.builder(request.type(), "r").build());
        for (Settings.Local local : settings.locals()) {
            parameters.add(ParameterSpec.builder(TypeName.LONG, local.value()).build());
            if (local.known() != null) {
                parameters.add(ParameterSpec.builder(TypeName.BOOLEAN, local.known()).build());
            }
        }
        return parameters;
    }

    /** A call of a helper with the parameters' own names as arguments. */
    CodeBlock call(String method) {
        return CodeBlock.of("$N($L)", method, parameters().stream().map(p -> CodeBlock.of("$N",
                p.name()))
                .collect(CodeBlock.joining(", ")));
    }

    /** The estimated bytecode of a call of a helper. */
    int callSize() {
        return 8 + 2 * parameters().size();
    }

    /** Adds a helper returning {@code type} with this body; returns its name. */
    String addMethod(String prefix, TypeName type, CodeBlock body) {
        int number = methods.next.merge(prefix, 1, Integer::sum) - 1;
        String name = prefix + number;
        methods.made.add(MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(type)
                .addParameters(parameters())
                .addCode(body)
                .build());
        return name;
    }

    List<MethodSpec> methods() {
        return methods.made;
    }

    /** Adds a constant table of cells, one {@code char} each; returns its name. */
    String addCells(String cells) {
        String name = "CELLS" + (methods.next.merge("CELLS", 1, Integer::sum) - 1);
        methods.tables.add(FieldSpec.builder(char[].class, name, Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL).initializer("($S).toCharArray()", cells).build());
        return name;
    }

    /** The constant tables added so far. */
    List<FieldSpec> tables() {
        return methods.tables;
    }

    /** The request field's value, as the field's Java type. */
    CodeBlock value(Field field) {
        return CodeBlock.of("r.$N", request.field(field).name());
    }

    /** Whether the optional field is present. */
    CodeBlock present(Field field) {
        FieldModel model = request.field(field);
        return CodeBlock.of("r.$N", model.presenceName());
    }
}
