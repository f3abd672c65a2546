package dev.verdict.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.verdict.engine.InMemoryCompiler;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.PolicyEvaluator;
import dev.verdict.runtime.RequestValues;
import dev.verdict.testing.Ir;
import dev.verdict.testing.ReferencePolicy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated typed request and entry points: the builder checks declared ranges, enum names
 * and required fields, naming the field; {@code decide(RequestValues)} needs the fields the
 * policy reads; the map entry point reads JSON-shaped requests and refuses bad ones by name.
 */
class TypedRequestTest {

    private static InMemoryCompiler.CompiledClasses classes;
    private static PolicyEvaluator evaluator;

    @BeforeAll
    static void compile() {
        classes = InMemoryCompiler.compile(new JavaGenerator().generate(ReferencePolicy.build(),
                "typed"));
        evaluator = (PolicyEvaluator) classes.evaluator("typed.ReferencePolicy");
    }

    private static Object builder() throws ReflectiveOperationException {
        return classes.type("typed.AftersaleRequest").getMethod("builder").invoke(null);
    }

    /** Calls a method taking one argument, or none when {@code type} is null,
            unwrapping what it throws. */
    private static Object call(Object target, String method, Class<?> type,
            Object value) throws Throwable {
        try {
            if (type == null) {
                return target.getClass().getMethod(method).invoke(target);
            }
            Method m = target.getClass().getMethod(method, type);
            return m.invoke(target, value);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static InvalidRequestException refused(Object target, String method, Class<?> type,
            Object value) {
        return assertThrows(InvalidRequestException.class, () -> call(target, method, type, value));
    }

    @Test
    void settersCheckDeclaredRangesAndEnumNames() throws ReflectiveOperationException {
        Object builder = builder();
        InvalidRequestException score = refused(builder, "buyerCreditScore", int.class, 101);
        assertEquals("buyer.credit_score", score.field());
        assertEquals("`buyer.credit_score` must be between 0 and 100, found 101",
                score.getMessage());
        assertEquals("amount", refused(builder, "amountMinor", long.class, -1L).field());
        assertEquals("item.quantity", refused(builder, "itemQuantity", long.class, 0L).field());
        InvalidRequestException reason = refused(builder, "reason", String.class, "sise");
        assertEquals("reason", reason.field());
        assertEquals("request", refused(builder, "request", String.class, null).field());
    }

    @Test
    void buildRefusesARequestWithoutARequiredField() throws Throwable {
        Object builder = builder();
        call(builder, "request", String.class, "cancel");
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> call(builder, "build", null, null));
        assertEquals("reason", missing.field());
        assertEquals("request lacks required field `reason`", missing.getMessage());
    }

    @Test
    void aBuiltRequestIsDecided() throws Throwable {
        Object builder = builder();
        Class<?> reason = classes.type("typed.AftersaleRequest$Reason");
        call(builder, "reason", reason, reason.getEnumConstants()[0]);
        call(builder, "request", String.class, "return_and_refund");
        call(builder, "category", String.class, "womenswear");
        call(builder, "orderStatus", String.class, "delivered");
        call(builder, "market", String.class, "us");
        for (String money : List.of("amountMinor", "itemPriceMinor", "returnShippingFeeMinor",
                "buyerRefundTotal30dMinor")) {
            call(builder, money, long.class, 2_000L);
        }
        for (String count : List.of("itemQuantity", "buyerReturns30d", "buyerRefunds30d",
                "evidencePhotos")) {
            call(builder, count, long.class, 1L);
        }
        for (String bool : List.of("orderHasBuyerNote", "orderAddressChanged", "orderIsCod",
                "evidenceVideo")) {
            call(builder, bool, boolean.class, false);
        }
        call(builder, "sinceOrderMinutes", long.class, 60L);
        call(builder, "buyerAccountAge", Duration.class, Duration.ofHours(1));
        Object request = call(builder, "build", null, null);
        Decision decision = (Decision) evaluator.getClass().getMethod("decide", request.getClass())
                .invoke(evaluator, request);
        assertEquals("size_label", decision.rule());
    }

    @Test
    void moneyAndDurationsAreSetExactlyFromJavaTypes() throws Throwable {
        Object usd = classes.type("typed.AftersaleRequest").getMethod("builder", String.class)
                .invoke(null, "USD");
        call(usd, "amount", BigDecimal.class, new BigDecimal("45.5"));
        InvalidRequestException precise = refused(usd, "amount", BigDecimal.class,
                new BigDecimal("45.505"));
        assertEquals("`amount` has more than 2 decimals, found 45.505", precise.getMessage());
        InvalidRequestException seconds = refused(usd, "sinceOrder", Duration.class,
                Duration.ofSeconds(90));
        assertEquals("`since_order` must be whole minutes, found PT1M30S", seconds.getMessage());
        assertThrows(IllegalStateException.class,
                () -> call(builder(), "amount", BigDecimal.class, BigDecimal.ONE));
    }

    @Test
    void anEvaluatorsBuilderRequiresOnlyWhatThePolicyReads() throws Throwable {
        Object builder = evaluator.getClass().getMethod("requestBuilder").invoke(null);
        call(builder, "request", String.class, "return_and_refund");
        call(builder, "reason", String.class, "size");
        call(builder, "category", String.class, "womenswear");
        call(builder, "orderStatus", String.class, "delivered");
        call(builder, "buyerRefunds30d", long.class, 0L);
        call(builder, "returnShippingFee", BigDecimal.class, BigDecimal.ZERO);
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> call(builder, "build", null, null));
        assertEquals("amount", missing.field());
        call(builder, "amount", BigDecimal.class, new BigDecimal("45.00"));
        Object request = call(builder, "build", null, null);
        Decision decision = (Decision) evaluator.getClass().getMethod("decide", request.getClass())
                .invoke(evaluator, request);
        assertEquals("size_label", decision.rule());
    }

    @Test
    void decidingValuesNeedsTheFieldsThePolicyReads() {
        RequestValues values = RequestValues.builder(Ir.SCHEMA.fields().size())
                .set(0, 2).set(1, 0).build();
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> evaluator.decide(values));
        assertEquals("amount", missing.field());
        assertThrows(IllegalArgumentException.class, ()
                -> evaluator.decide(RequestValues.builder(3).build()));
    }

    @Test
    void theMapEntryPointReadsRequestsAndNamesBadFields() {
        Map<String, Object> request = new HashMap<>(Map.of("request", "return_and_refund", "reason",
                "size",
                "amount", "45.00", "category", "womenswear", "buyer", Map.of("refunds_30d", 0),
                "return_shipping_fee", 0, "order", Map.of("status", "delivered")));
        assertEquals("size_label", evaluator.decide(request).rule());
        request.put("amount", "lots");
        assertEquals("amount", assertThrows(InvalidRequestException.class, ()
                -> evaluator.decide(request)).field());
        request.remove("amount");
        assertEquals("amount", assertThrows(InvalidRequestException.class, ()
                -> evaluator.decide(request)).field());
        InvalidRequestException none = assertThrows(InvalidRequestException.class,
                () -> evaluator.decide((Map<String, ?>) null));
        assertInstanceOf(String.class, none.getMessage());
    }
}
