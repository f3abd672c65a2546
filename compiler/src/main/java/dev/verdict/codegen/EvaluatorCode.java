package dev.verdict.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.verdict.codegen.RequestModel.FieldModel;
import dev.verdict.schema.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * The helper methods of an evaluator class being generated, and what they share: every one is
 * {@code private static}, takes the request and the settings the policy compares with (computed
 * once per request), and reads request fields directly. Method names are numbered in the order
 * they are made, so that the same policy always gives the same source.
 *
 * <p>A class file holds at most 65,535 constants (numbers, strings, references to fields and
 * methods), and javac fails with "too many constants" beyond them. So helpers fill the evaluator
 * class up to {@link #CLASS_BUDGET} characters of source, then nested classes {@code Part0},
 * {@code Part1}... of that size each, and calls name the class of their helper. A constant takes
 * a few characters of source at least ({@code 8000L}, {@code RULE_12}), so a class of that much
 * source stays far below the limit, whatever the policy (measured in {@code ConstantPoolTest}).
 */
final class EvaluatorCode {

    /** Estimated bytecode of a method (HotSpot compiles methods up to 8,000 bytes). */
    static final int METHOD_BUDGET = 2_000;
    /** Characters of helper source per class: at most about 0.2 constants per character. */
    static final int CLASS_BUDGET = 150_000;
    /** Values per array helper: about 8 bytes of bytecode each, under a method's 64 KB. */
    static final int ARRAY_CHUNK = 2_000;

    private final RequestModel request;
    private final Settings settings;
    private final Methods methods;

    /**
     * The helpers made so far, shared by the views of one class: those of the evaluator class,
     * then those of each part; the part of each helper in a part; the next number per prefix.
     */
    private static final class Methods {
        final ClassName evaluator;
        final int classBudget;
        final List<List<MethodSpec>> classes = new ArrayList<>(List.of(new ArrayList<>()));
        final Map<String, Integer> parts = new HashMap<>();
        final List<FieldSpec> fields = new ArrayList<>();
        final Map<String, Integer> next = new HashMap<>();
        int filled;

        Methods(ClassName evaluator, int classBudget) {
            this.evaluator = evaluator;
            this.classBudget = classBudget;
        }

        void add(MethodSpec method) {
            int size = method.toString().length();
            if (filled > 0 && filled + size > classBudget) {
                classes.add(new ArrayList<>());
                filled = 0;
            }
            filled += size;
            classes.get(classes.size() - 1).add(method);
            if (classes.size() > 1) {
                parts.put(method.name(), classes.size() - 2);
            }
        }

        ClassName part(int index) {
            return evaluator.nestedClass("Part" + index);
        }
    }

    /** The code of the evaluator class {@code evaluator}, parts of {@code classBudget} each. */
    EvaluatorCode(RequestModel request, Settings settings, ClassName evaluator, int classBudget) {
        this(request, settings, new Methods(evaluator, classBudget));
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
        return call(method, parameters().stream().map(p -> CodeBlock.of("$N", p.name()))
                .collect(CodeBlock.joining(", ")));
    }

    private CodeBlock call(String method, CodeBlock arguments) {
        Integer part = methods.parts.get(method);
        return part == null ? CodeBlock.of("$N($L)", method, arguments)
                : CodeBlock.of("$T.$N($L)", methods.part(part), method, arguments);
    }

    /**
     * The initializer of a {@code long[]} field of {@code values}: inline when short; else joined
     * from helpers without parameters of {@link #ARRAY_CHUNK} values each (a class initializer,
     * like any method, holds at most 64 KB of bytecode, and the helpers spread the constants).
     */
    CodeBlock array(String prefix, List<Long> values) {
        if (values.size() <= ARRAY_CHUNK) {
            return CodeBlock.of("{$L}", literals(values));
        }
        List<CodeBlock> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += ARRAY_CHUNK) {
            String name = nextName(prefix);
            methods.add(MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(long[].class)
                    .addStatement("return new long[] {$L}", literals(values.subList(from,
                            Math.min(values.size(), from + ARRAY_CHUNK))))
                    .build());
            chunks.add(call(name, CodeBlock.of("")));
        }
        return CodeBlock.of("$T.of($L).flatMapToLong($T::stream).toArray()", Stream.class,
                CodeBlock.join(chunks, ", "), Arrays.class);
    }

    private static CodeBlock literals(List<Long> values) {
        return CodeBlock.join(values.stream().map(JavaLiterals::longValue).toList(), ", ");
    }

    /** The estimated bytecode of a call of a helper. */
    int callSize() {
        return 8 + 2 * parameters().size();
    }

    /** Adds a helper returning {@code type} with this body; returns its name. */
    String addMethod(String prefix, TypeName type, CodeBlock body) {
        String name = nextName(prefix);
        methods.add(MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(type)
                .addParameters(parameters())
                .addCode(body)
                .build());
        return name;
    }

    /** The next helper name for {@code prefix}: {@code prefix0}, {@code prefix1}... */
    private String nextName(String prefix) {
        return prefix + (methods.next.merge(prefix, 1, Integer::sum) - 1);
    }

    /** Adds the helpers to the evaluator class: its own, and its parts as nested classes. */
    void addTo(TypeSpec.Builder evaluator) {
        evaluator.addMethods(methods.classes.get(0));
        for (int i = 1; i < methods.classes.size(); i++) {
            evaluator.addType(TypeSpec.classBuilder(methods.part(i - 1))
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addMethods(methods.classes.get(i))
                    .build());
        }
    }

    /** Adds a constant table of cells, one {@code char} each; returns its name. */
    String addCells(String cells) {
        String name = nextName("CELLS");
        addField(FieldSpec.builder(char[].class, name, Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer("($S).toCharArray()", cells).build());
        return name;
    }

    /** Adds a constant field to the evaluator class (a table the helpers read). */
    void addField(FieldSpec field) {
        methods.fields.add(field);
    }

    /** The constant fields added so far, in the order they were added. */
    List<FieldSpec> fields() {
        return methods.fields;
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
