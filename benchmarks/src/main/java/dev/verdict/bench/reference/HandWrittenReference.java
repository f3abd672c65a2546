package dev.verdict.bench.reference;

import static dev.verdict.bench.reference.ReferenceDecisions.APPAREL_EXCHANGE;
import static dev.verdict.bench.reference.ReferenceDecisions.BEAUTY_OPENED;
import static dev.verdict.bench.reference.ReferenceDecisions.CANCEL_UNSHIPPED;
import static dev.verdict.bench.reference.ReferenceDecisions.CHEAP_REFUND;
import static dev.verdict.bench.reference.ReferenceDecisions.GUARD;
import static dev.verdict.bench.reference.ReferenceDecisions.HIGH_VALUE;
import static dev.verdict.bench.reference.ReferenceDecisions.INTERCEPT_IN_TRANSIT;
import static dev.verdict.bench.reference.ReferenceDecisions.JEWELRY_LATE;
import static dev.verdict.bench.reference.ReferenceDecisions.LOST_IN_TRANSIT;
import static dev.verdict.bench.reference.ReferenceDecisions.OTHERWISE;
import static dev.verdict.bench.reference.ReferenceDecisions.RISKY_BUYER;
import static dev.verdict.bench.reference.ReferenceDecisions.SERIAL_REFUNDER;
import static dev.verdict.bench.reference.ReferenceDecisions.SHIPPING_EXCEEDS_VALUE;
import static dev.verdict.bench.reference.ReferenceDecisions.SIZE_LABEL;
import static dev.verdict.bench.reference.ReferenceDecisions.SMALL_DAMAGE;
import static dev.verdict.bench.reference.ReferenceDecisions.TOO_LATE;

import dev.verdict.bench.Contender;
import dev.verdict.bench.request.HandRequest;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;

/**
 * The reference policy as a careful engineer writes it by hand: the limit the generated
 * evaluator is measured against. One plain if-chain in first-match order over primitive fields
 * and enum ordinals; an optional field's comparison holds only when the field is present (what
 * SQL's three-valued logic amounts to for a rule that fires only on true); each outcome's
 * applicability ({@code approve_return_label} only on a return, ...) written out.
 */
public final class HandWrittenReference implements Contender<HandRequest> {

    private static final int CANCEL = 0;
    private static final int REFUND_ONLY = 1;
    private static final int RETURN_AND_REFUND = 2;
    private static final int REPLACEMENT = 3;
    private static final int SIZE = 0;
    private static final int DAMAGED = 2;
    private static final int DEFECTIVE = 3;
    private static final int NOT_RECEIVED = 7;
    private static final int WOMENSWEAR = 0;
    private static final int MENSWEAR = 1;
    private static final int KIDS_FASHION = 2;
    private static final int JEWELRY = 6;
    private static final int BEAUTY = 7;
    private static final int UNPAID = 0;
    private static final int AWAITING_SHIPMENT = 2;
    private static final int IN_TRANSIT = 5;
    private static final long DAY = 24 * 60;
    /** {@code tiktok_us}'s default return window; the policy sets none. */
    private static final long RETURN_WINDOW = 30 * DAY;
    /** The platform's money-back guarantee on damaged or defective items. */
    private static final long GUARANTEE = 90 * DAY;

    @Override
    public HandRequest prepare(RequestValues request) {
        return HandRequest.of(request);
    }

    @Override
    public Decision decide(HandRequest r) {
        int request = r.request;
        int reason = r.reason;
        int category = r.category;
        long amount = r.amount;
        if (request != CANCEL && r.hasSinceDelivery && r.sinceDelivery > RETURN_WINDOW
                && (reason != DAMAGED && reason != DEFECTIVE || r.sinceDelivery > GUARANTEE)) {
            return GUARD;
        }
        if (r.hasBuyerCreditScore && r.buyerCreditScore < 60 && request != CANCEL) {
            return RISKY_BUYER;
        }
        if (r.buyerRefunds30d >= 3) {
            return SERIAL_REFUNDER;
        }
        if (request == CANCEL && (r.orderStatus == UNPAID || r.orderStatus == AWAITING_SHIPMENT)
                && amount < 50_00) {
            return CANCEL_UNSHIPPED;
        }
        if (request == CANCEL && r.orderStatus == IN_TRANSIT && amount <= 1000_00) {
            return INTERCEPT_IN_TRANSIT;
        }
        if (category == JEWELRY && r.hasSinceDelivery && r.sinceDelivery > 7 * DAY) {
            return JEWELRY_LATE;
        }
        if (category == BEAUTY && r.hasItemOpened && r.itemOpened) {
            return BEAUTY_OPENED;
        }
        if (request == REFUND_ONLY && amount < 15_00) {
            return CHEAP_REFUND;
        }
        if (request == RETURN_AND_REFUND && r.returnShippingFee > amount && amount < 40_00) {
            return SHIPPING_EXCEEDS_VALUE;
        }
        if (reason == SIZE && request == REPLACEMENT && amount < 150_00
                && (category == WOMENSWEAR || category == MENSWEAR || category == KIDS_FASHION)) {
            return APPAREL_EXCHANGE;
        }
        if (reason == SIZE && amount < 80_00 && request == RETURN_AND_REFUND) {
            return SIZE_LABEL;
        }
        if ((reason == DAMAGED || reason == DEFECTIVE) && amount < 30_00
                && (request == REFUND_ONLY || request == RETURN_AND_REFUND)) {
            return SMALL_DAMAGE;
        }
        if (reason == NOT_RECEIVED && r.orderStatus == IN_TRANSIT) {
            return LOST_IN_TRANSIT;
        }
        if (amount >= 500_00) {
            return HIGH_VALUE;
        }
        if (r.hasSinceDelivery && r.sinceDelivery > RETURN_WINDOW) {
            return TOO_LATE;
        }
        return OTHERWISE;
    }
}
