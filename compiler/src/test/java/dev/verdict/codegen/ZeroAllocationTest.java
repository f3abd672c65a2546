package dev.verdict.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.verdict.engine.InMemoryCompiler;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import dev.verdict.testing.RandomPolicies;
import dev.verdict.testing.ReferencePolicy;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Deciding typed requests with a generated evaluator allocates nothing: a million decisions of
 * pre-built requests, after warm-up, measured by the thread's allocation counter around the loop.
 * The loop is compiled with the evaluator, so that nothing reflective sits inside it.
 */
class ZeroAllocationTest {

    private static final String PACKAGE = "alloc";

    @Test
    void aMillionDecisionsAllocateNothing() throws ReflectiveOperationException {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()
                        && bean.isThreadAllocatedMemoryEnabled());
        List<JavaFile> files = new ArrayList<>(new JavaGenerator().generate(ReferencePolicy.build(),
                PACKAGE));
        files.add(loop());
        InMemoryCompiler.CompiledClasses classes = InMemoryCompiler.compile(files);
        Class<?> requestType = classes.type(PACKAGE + ".AftersaleRequest");
        Object requests = java.lang.reflect.Array.newInstance(requestType, 1024);
        Random random = new Random(11);
        RandomPolicies generator = new RandomPolicies(random);
        for (int i = 0; i < 1024; i++) {
            RequestValues values = generator.request();
            java.lang.reflect.Array.set(requests, i, requestType.getMethod("fromValues",
                    RequestValues.class)
                    .invoke(null, values));
        }
        Object evaluator = classes.evaluator(PACKAGE + ".ReferencePolicy");
        java.lang.reflect.Method run = classes.type(PACKAGE + ".Loop")
                .getMethod("allocatedBytes", evaluator.getClass(), requests.getClass(), int.class);
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            run.invoke(null, evaluator, requests, 1_000_000);
        }
        assertEquals(0L, run.invoke(null, evaluator, requests, 1_000_000));
    }

    /** {@code Loop.allocatedBytes(evaluator, requests,
            n)}: bytes the thread allocates deciding n requests. */
    private static JavaFile loop() {
        ClassName evaluator = ClassName.get(PACKAGE, "ReferencePolicy");
        ClassName request = ClassName.get(PACKAGE, "AftersaleRequest");
        MethodSpec method = MethodSpec.methodBuilder("allocatedBytes")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeName.LONG)
                .addParameter(evaluator, "evaluator")
                .addParameter(com.palantir.javapoet.ArrayTypeName.of(request), "requests")
                .addParameter(TypeName.INT, "count")
                .addStatement("$T threads = ($T) $T.getThreadMXBean()",
                        com.sun.management.ThreadMXBean.class,
                        com.sun.management.ThreadMXBean.class, ManagementFactory.class)
                .addStatement("long outcomes = 0")
                .addStatement("long before = threads.getCurrentThreadAllocatedBytes()")
                .beginControlFlow("for (int i = 0; i < count; i++)")
                .addStatement("$T decision = evaluator.decide(requests[i & (requests.length - 1)])",
                        Decision.class)
                .addStatement("outcomes += decision.outcome().length()")
                .endControlFlow()
                .addStatement("long after = threads.getCurrentThreadAllocatedBytes()")
                .addStatement("return outcomes < 0 ? -1 : after - before")
                .build();
        return JavaFile.builder(PACKAGE, TypeSpec.classBuilder("Loop").addModifiers(Modifier.PUBLIC)
                .addMethod(method).build()).build();
    }
}
