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
        assertEquals("amount", refused(builder, "amount", long.class, -1L).field());
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
        for (String money : List.of("amount", "itemPrice", "returnShippingFee",
                "buyerRefundTotal30d")) {
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
        call(builder, "sinceOrder", long.class, 60L);
        call(builder, "buyerAccountAge", long.class, 60L);
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
