package dev.verdict.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.verdict.engine.InMemoryCompiler;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import dev.verdict.testing.RandomPolicies;
import dev.verdict.testing.ReferencePolicy;
import dev.verdict.testing.ShippingSchema;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Deciding typed requests with a generated evaluator allocates nothing, on the bundled schema
 * and on one with strings, dates and timestamps: a million decisions of pre-built requests,
 * after warm-up, measured by the thread's allocation counter around the loop. The loop is
 * compiled with the evaluator, so that nothing reflective sits inside it.
 */
class ZeroAllocationTest {

    private static final String PACKAGE = "alloc";

    @Test
    void aMillionDecisionsAllocateNothing() throws ReflectiveOperationException {
        assertEquals(0L, allocatedBytes(ReferencePolicy.build(), "ReferencePolicy",
                new RandomPolicies(new Random(11))));
    }

    /** Strings compared by {@code equals} on constants, dates and timestamps as longs. */
    @Test
    void stringsDatesAndTimestampsAllocateNothingEither() throws ReflectiveOperationException {
        RandomPolicies generator = new RandomPolicies(new Random(12), ShippingSchema.SCHEMA);
        assertEquals(0L, allocatedBytes(generator.policy("shipping.policy", 40), "ShippingPolicy",
                generator));
    }

    /** Bytes a million decisions of {@code policy} allocate, after warm-up. */
    private static long allocatedBytes(CheckedPolicy policy, String className,
                                       RandomPolicies generator)
            throws ReflectiveOperationException {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()
                        && bean.isThreadAllocatedMemoryEnabled());
        JavaGenerator javaGenerator = new JavaGenerator();
        List<JavaFile> files = new ArrayList<>(javaGenerator.generate(policy, PACKAGE, className));
        String requestName = javaGenerator.request(policy.schema(), PACKAGE).typeSpec().name();
        files.add(loop(className, requestName));
        InMemoryCompiler.CompiledClasses classes = InMemoryCompiler.compile(files);
        Class<?> requestType = classes.type(PACKAGE + "." + requestName);
        Object requests = java.lang.reflect.Array.newInstance(requestType, 1024);
        for (int i = 0; i < 1024; i++) {
            RequestValues values = generator.request();
            java.lang.reflect.Array.set(requests, i, requestType.getMethod("fromValues",
                    RequestValues.class)
                    .invoke(null, values));
        }
        Object evaluator = classes.evaluator(PACKAGE + "." + className);
        java.lang.reflect.Method run = classes.type(PACKAGE + ".Loop")
                .getMethod("allocatedBytes", evaluator.getClass(), requests.getClass(), int.class);
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            run.invoke(null, evaluator, requests, 1_000_000);
        }
        return (long) run.invoke(null, evaluator, requests, 1_000_000);
    }

    /** {@code Loop.allocatedBytes(evaluator, requests,
            n)}: bytes the thread allocates deciding n requests. */
    private static JavaFile loop(String evaluatorName, String requestName) {
        ClassName evaluator = ClassName.get(PACKAGE, evaluatorName);
        ClassName request = ClassName.get(PACKAGE, requestName);
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
