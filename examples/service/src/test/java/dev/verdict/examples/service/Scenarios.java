package dev.verdict.examples.service;

/**
 * Requests of the seeds' scenarios as JSON bodies, as a caller would post them: nested objects
 * for dotted fields, money as strings or numbers, durations as strings.
 */
final class Scenarios {

    private Scenarios() {
    }

    /** A cancellation of an order in {@code status}, worth {@code amount} dollars. */
    static String cancel(String status, String amount) {
        return """
                {"request": "cancel", "reason": "changed_mind", "amount": "%s",
                 "category": "home_supplies", "order": {"status": "%s"}}"""
                .formatted(amount, status);
    }

    /** A refund request from a buyer with {@code refunds} refunds worth {@code total} dollars. */
    static String refund(String request, String amount, String shippingFee, int refunds,
                         String total) {
        return """
                {"request": "%s", "reason": "damaged", "amount": %s,
                 "return_shipping_fee": %s, "category": "home_supplies",
                 "buyer": {"refunds_30d": %d, "refund_total_30d": "%s"}}"""
                .formatted(request, amount, shippingFee, refunds, total);
    }

    /** A request from a buyer with a credit {@code score} (null: none known). */
    static String risk(String request, String amount, Integer score) {
        return """
                {"request": "%s", "reason": "not_as_described", "amount": "%s",
                 "category": "phones_electronics", "buyer": {"credit_score": %s}}"""
                .formatted(request, amount, score == null ? "null" : score.toString());
    }

    /** A request for an item of {@code category}, {@code opened} or not (null: not inspected). */
    static String category(String request, String reason, String category, String amount,
                           Boolean opened) {
        return """
                {"request": "%s", "reason": "%s", "amount": "%s", "category": "%s",
                 "item": {"opened": %s}}"""
                .formatted(request, reason, amount, category, opened);
    }

    /** A size return of a {@code category} item, {@code sinceDelivery} after delivery. */
    static String jewelry(String category, String sinceDelivery) {
        return """
                {"request": "return_and_refund", "reason": "size", "amount": 120,
                 "category": "%s", "since_delivery": "%s"}"""
                .formatted(category, sinceDelivery);
    }
}
