package dev.verdict.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import dev.verdict.engine.InMemoryCompiler;
import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.PolicyEvaluator;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;
import dev.verdict.testing.Ir;
import dev.verdict.testing.RandomPolicies;
import dev.verdict.testing.ShippingSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * The law of the compiled engine: a generated evaluator decides every request exactly as the
 * interpreter does, on the bundled {@code aftersale} schema, on every other bundled schema and
 * on a test schema with strings, dates and timestamps.
 * Policies come in batches compiled by one javac run each: 10 batches of 100
 * random policies (1,000 policies), each deciding 40 random requests; half of them compiled with
 * eager dispatch, so that switches on one and two fields are exercised on small policies too.
 */
class EquivalenceTest {

    private static final int POLICIES_PER_BATCH = 100;
    private static final int REQUESTS_PER_POLICY = 40;

    /** Policies and the requests to decide with them. */
    record Batch(List<CheckedPolicy> policies, List<List<RequestValues>> requests) {

        @Override
        public String toString() {
            return policies.size() + " policies";
        }
    }

    /** Dispatch on every field that helps at all, to exercise switches in small policies too. */
    private static final DispatchPlanner.Options EAGER = new DispatchPlanner.Options(1, 24, 24_000,
            0, 4_096, 256, 0);

    @Property(tries = 10, shrinking = ShrinkingMode.OFF)
    void generatedEvaluatorsDecideAsTheInterpreter(@ForAll("batches") Batch batch) {
        decideAlike(batch);
    }

    /** The same law on every bundled schema, each with a quarter of a batch per try. */
    @Property(tries = 4, shrinking = ShrinkingMode.OFF)
    void generatedEvaluatorsDecideAsTheInterpreterOnEveryBundledSchema(
            @ForAll("bundledBatches") Batch batch) {
        decideAlike(batch);
    }

    /** The same law on a second schema: strings, dates, timestamps, more optional fields. */
    @Property(tries = 4, shrinking = ShrinkingMode.OFF)
    void generatedEvaluatorsDecideAsTheInterpreterOnAnotherSchema(
            @ForAll("shippingBatches") Batch batch) {
        decideAlike(batch);
    }

    private static void decideAlike(Batch batch) {
        List<PolicyEvaluator> compiled = compile(batch.policies());
        for (int p = 0; p < compiled.size(); p++) {
            CheckedPolicy policy = batch.policies().get(p);
            Interpreter interpreter = new Interpreter(policy);
            for (RequestValues request : batch.requests().get(p)) {
                Decision expected = interpreter.decide(request);
                assertEquals(expected, compiled.get(p).decide(request),
                        () -> "policy " + describe(policy) + "\nrequest " + request);
            }
        }
    }

    /** Odd policies compiled as by default, even ones with {@link #EAGER} dispatch. */
    private static List<PolicyEvaluator> compile(List<CheckedPolicy> policies) {
        List<JavaFile> files = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            JavaGenerator generator = p % 2 == 0 ? new JavaGenerator(EAGER) : new JavaGenerator();
            files.addAll(generator.generate(policies.get(p), "equivalence", "P" + p));
        }
        InMemoryCompiler.CompiledClasses classes = InMemoryCompiler.compile(files);
        List<PolicyEvaluator> evaluators = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            evaluators.add((PolicyEvaluator) classes.evaluator("equivalence.P" + p));
        }
        return evaluators;
    }

    @Provide
    Arbitrary<Batch> batches() {
        return Arbitraries.randomValue(random -> batch(random, Ir.SCHEMA));
    }

    @Provide
    Arbitrary<Batch> shippingBatches() {
        return Arbitraries.randomValue(random -> batch(random, ShippingSchema.SCHEMA));
    }

    @Provide
    Arbitrary<Batch> bundledBatches() {
        List<Schema> schemas = Schemas.names().stream()
                .map(name -> Schemas.named(name).orElseThrow()).toList();
        return Arbitraries.randomValue(random -> batch(random, schemas.toArray(Schema[]::new)));
    }

    /** A batch whose policies take the schemas in turn. */
    private static Batch batch(Random random, Schema... schemas) {
        List<RandomPolicies> generators = new ArrayList<>();
        for (Schema schema : schemas) {
            generators.add(new RandomPolicies(random, schema));
        }
        List<CheckedPolicy> policies = new ArrayList<>();
        List<List<RequestValues>> requests = new ArrayList<>();
        for (int p = 0; p < POLICIES_PER_BATCH; p++) {
            RandomPolicies generator = generators.get(p % generators.size());
            policies.add(generator.policy("p" + p + ".policy", p % 8 == 0 ? 40 : 12));
            List<RequestValues> some = new ArrayList<>();
            for (int r = 0; r < REQUESTS_PER_POLICY; r++) {
                some.add(generator.request());
            }
            requests.add(some);
        }
        return new Batch(policies, requests);
    }

    private static String describe(CheckedPolicy policy) {
        StringBuilder text = new StringBuilder(policy.file());
        policy.guards().forEach(g -> text.append("\n  guard ").append(g.condition()));
        policy.rules().forEach(r -> text.append("\n  rule ").append(r.condition()));
        return text.append("\n  settings ").append(policy.settings()).toString();
    }
}
