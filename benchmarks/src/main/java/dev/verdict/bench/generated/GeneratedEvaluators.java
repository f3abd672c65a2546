package dev.verdict.bench.generated;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.verdict.codegen.JavaGenerator;
import dev.verdict.codegen.JavaNames;
import dev.verdict.engine.InMemoryCompiler;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Compiles a checked policy with Verdict's code generator ({@link JavaGenerator}, then javac in
 * memory through {@link InMemoryCompiler}, as the compiled engine does), together with a small
 * adapter class that calls the generated evaluator's typed entry point (see
 * {@link GeneratedEvaluator}).
 */
public final class GeneratedEvaluators {

    private static final String PACKAGE = "verdict.bench";
    private static final String EVALUATOR = "BenchmarkPolicy";
    private static final String ADAPTER = "BenchmarkAdapter";

    private GeneratedEvaluators() {
    }

    /** The policy's generated evaluator, compiled and loaded. */
    public static GeneratedEvaluator compile(CheckedPolicy policy) {
        List<JavaFile> files = new ArrayList<>(
                new JavaGenerator().generate(policy, PACKAGE, EVALUATOR));
        ClassName request = ClassName.get(PACKAGE, JavaNames.requestClass(policy.schema().name()));
        files.add(adapter(request, ClassName.get(PACKAGE, EVALUATOR)));
        Class<?> adapter = InMemoryCompiler.compile(files).type(PACKAGE + "." + ADAPTER);
        try {
            return new GeneratedEvaluator(adapter.getConstructor(List.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the generated adapter has no constructor", e);
        }
    }

    /**
     * {@code Function<RequestValues, Decision>} converting one request, and
     * {@code Supplier<Decision>} deciding typed requests in turn.
     */
    private static JavaFile adapter(ClassName request, ClassName evaluator) {
        ArrayTypeName requests = ArrayTypeName.of(request);
        TypeSpec type = TypeSpec.classBuilder(ADAPTER)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(Function.class, RequestValues.class,
                        Decision.class))
                .addSuperinterface(ParameterizedTypeName.get(Supplier.class, Decision.class))
                .addField(FieldSpec.builder(evaluator, "evaluator", Modifier.PRIVATE,
                        Modifier.FINAL).initializer("new $T()", evaluator).build())
                .addField(requests, "requests", Modifier.PRIVATE, Modifier.FINAL)
                .addField(int.class, "mask", Modifier.PRIVATE, Modifier.FINAL)
                .addField(int.class, "next", Modifier.PRIVATE)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ParameterizedTypeName.get(List.class, RequestValues.class),
                                "values")
                        .addStatement("requests = new $T[values.size()]", request)
                        .beginControlFlow("for (int i = 0; i < requests.length; i++)")
                        .addStatement("requests[i] = $T.fromValues(values.get(i))", request)
                        .endControlFlow()
                        .addStatement("mask = requests.length - 1")
                        .build())
                .addMethod(MethodSpec.methodBuilder("apply")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(Decision.class)
                        .addParameter(RequestValues.class, "values")
                        .addStatement("return evaluator.decide($T.fromValues(values))", request)
                        .build())
                .addMethod(MethodSpec.methodBuilder("get")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(Decision.class)
                        .addStatement("return evaluator.decide(requests[next++ & mask])")
                        .build())
                .build();
        return JavaFile.builder(PACKAGE, type).build();
    }
}
