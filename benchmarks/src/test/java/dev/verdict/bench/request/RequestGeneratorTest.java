package dev.verdict.bench.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.bench.reference.ReferencePolicy;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestGeneratorTest {

    private static final CheckedPolicy POLICY = ReferencePolicy.checked();
    private static final List<RequestValues> REQUESTS =
            RequestGenerator.forPolicy(POLICY, 1).take(20_000);

    @Test
    void theSameSeedGivesTheSameRequests() {
        assertEquals(RequestGenerator.forPolicy(POLICY, 1).take(100), REQUESTS.subList(0, 100));
    }

    @Test
    void optionalFieldsAreSometimesAbsentAndRequiredOnesNever() {
        for (Field field : POLICY.schema().fields()) {
            long absent = REQUESTS.stream().filter(r -> !r.isPresent(field.index())).count();
            if (field.optional()) {
                assertTrue(absent > 0 && absent < REQUESTS.size(), field.path() + ": " + absent);
            } else {
                assertEquals(0, absent, field.path());
            }
        }
    }

    @Test
    void everyThresholdIsHitJustBelowAtAndJustAbove() {
        Thresholds thresholds = Thresholds.of(POLICY);
        for (Field field : POLICY.schema().fields()) {
            Set<Long> seen = values(field);
            for (long threshold : thresholds.constants(field.index())) {
                long low = Math.max(field.type().min(), threshold - 1);
                long high = Math.min(field.type().max(), threshold + 1);
                for (long near = low; near <= high; near++) {
                    assertTrue(seen.contains(near), field.path() + " never " + near);
                }
            }
        }
        assertTrue(thresholds.constants(index("since_delivery")).contains(30L * 24 * 60),
                "the return window the guard compares with counts as a threshold");
        assertEquals(1, thresholds.pairs().size(), "return_shipping_fee > amount");
    }

    @Test
    void valuesStayInTheirDeclaredRangesAndEveryEnumValueOccurs() {
        for (Field field : POLICY.schema().fields()) {
            Set<Long> seen = values(field);
            long min = field.type().min();
            long max = field.type().max();
            assertTrue(seen.stream().allMatch(v -> v >= min && v <= max), field.path());
            if (field.type().kind() == Kind.ENUM) {
                assertEquals(field.type().values().size(), seen.size(), field.path());
            }
        }
    }

    private static Set<Long> values(Field field) {
        Set<Long> seen = new HashSet<>();
        REQUESTS.stream().filter(r -> r.isPresent(field.index()))
                .forEach(r -> seen.add(r.value(field.index())));
        return seen;
    }

    private static int index(String path) {
        return POLICY.schema().field(path).orElseThrow().index();
    }
}
