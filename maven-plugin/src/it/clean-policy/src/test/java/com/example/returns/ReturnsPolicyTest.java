package com.example.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Calls the evaluator the plugin generated, with a typed request and with a map. */
class ReturnsPolicyTest {

    private final ReturnsPolicy policy = new ReturnsPolicy();

    @Test
    void aTypedRequestInTheWrongSizeGetsALabel() {
        AftersaleRequest request = AftersaleRequest.builder("USD")
                .request(AftersaleRequest.Request.RETURN_AND_REFUND)
                .reason(AftersaleRequest.Reason.SIZE)
                .amount(new BigDecimal("35.00"))
                .itemPriceMinor(3500)
                .itemQuantity(1)
                .category(AftersaleRequest.Category.WOMENSWEAR)
                .market(AftersaleRequest.Market.US)
                .orderStatus(AftersaleRequest.OrderStatus.DELIVERED)
                .orderHasBuyerNote(false)
                .orderAddressChanged(false)
                .orderIsCod(false)
                .sinceOrder(Duration.ofDays(7))
                .returnShippingFee(new BigDecimal("6.00"))
                .buyerReturns30d(0)
                .buyerRefunds30d(0)
                .buyerRefundTotal30d(BigDecimal.ZERO)
                .buyerAccountAgeMinutes(400 * 24 * 60)
                .evidencePhotos(0)
                .evidenceVideo(false)
                .build();
        Decision decision = policy.decide(request);
        assertEquals(AftersaleOutcome.APPROVE_RETURN_LABEL, AftersaleOutcome.of(decision));
        assertEquals("size_label", decision.rule());
    }

    @Test
    void thePolicysBuilderNeedsOnlyWhatItReads() {
        AftersaleRequest request = ReturnsPolicy.requestBuilder()
                .request("return_and_refund")
                .reason("size")
                .amount(new BigDecimal("35.00"))
                .category("womenswear")
                .build();
        assertEquals("size_label", policy.decide(request).rule());
    }

    @Test
    void theRegistryListsTheBuildsEvaluators() {
        assertEquals(Set.of("returns"), Evaluators.all().keySet());
        assertInstanceOf(ReturnsPolicy.class, Evaluators.byName("returns").orElseThrow());
    }

    @Test
    void aMapRequestForDamageNeedsPhotos() {
        Decision decision = policy.decide(Map.of("request", "return_and_refund",
                "reason", "damaged", "amount", "120.00", "category", "home_supplies"));
        assertEquals("{\"outcome\":\"request_evidence\",\"args\":[\"photos\"],\"obligations\":[],"
                + "\"rule\":\"damaged\",\"line\":9,\"source\":\"policy\"}", decision.toJson());
    }

    @Test
    void aMapRequestWithoutAReasonNamesTheField() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> policy.decide(Map.of("request", "cancel", "amount", "12.00")));
        assertEquals("reason", e.field());
    }
}
