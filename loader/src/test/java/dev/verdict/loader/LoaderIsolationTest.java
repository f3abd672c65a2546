package dev.verdict.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.verdict.loader.log.DecisionLog;
import dev.verdict.loader.log.FieldMask;
import dev.verdict.loader.log.JsonLinesLog;
import dev.verdict.loader.log.LoggedDecision;
import dev.verdict.runtime.Evaluator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Deciding touches only the runtime: the classes a decision passes through (a loaded policy, a
 * set of them, the decision log) name no class of the compiler or its libraries, and the
 * compiled evaluators are loaded beside the runtime, not the compiler.
 */
class LoaderIsolationTest {

    private static final Pattern CLASS_NAME =
            Pattern.compile("(dev/verdict|org/antlr|com/palantir|com/fasterxml)/[\\w/$]+");

    @Test
    void theDecisionPathNamesOnlyRuntimeClasses() throws IOException {
        List<String> foreign = new ArrayList<>();
        for (Class<?> type : List.of(LoadedPolicy.class, PolicySet.class, DecisionLog.class,
                LoggedDecision.class, JsonLinesLog.class, FieldMask.class)) {
            for (String name : referencedClasses(type)) {
                if (!name.startsWith("dev/verdict/runtime/")
                        && !name.startsWith("dev/verdict/loader/")) {
                    foreign.add(type.getSimpleName() + " -> " + name);
                }
            }
        }
        assertEquals(List.of(), foreign);
    }

    @Test
    void compiledEvaluatorsAreLoadedBesideTheRuntime() {
        LoadedPolicy policy = PolicyLoader.create().load("sizes", Policies.sizes(80), null)
                .policies().policy("sizes");
        assertSame(Evaluator.class.getClassLoader(),
                compiledClass(policy).getClassLoader().getParent());
    }

    /** The class of the evaluator a loaded policy delegates to. */
    private static Class<?> compiledClass(LoadedPolicy loaded) {
        try {
            var field = LoadedPolicy.class.getDeclaredField("evaluator");
            field.setAccessible(true);
            return field.get(loaded).getClass();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> referencedClasses(Class<?> type) throws IOException {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            List<String> names = new ArrayList<>();
            Matcher matcher = CLASS_NAME.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group());
            }
            return names;
        }
    }
}
