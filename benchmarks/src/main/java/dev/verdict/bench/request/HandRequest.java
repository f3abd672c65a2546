package dev.verdict.bench.request;

import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;

/**
 * A request as a careful engineer would type it for hand-written rules: one primitive field per
 * schema field (enum values by ordinal, money in cents, durations in minutes, timestamps in
 * milliseconds), and a presence flag beside each optional one. Field names follow
 * {@link #javaName(String)}: {@code order.status} is {@code orderStatus}, and its presence flag
 * {@code hasOrderStatus}.
 */
public final class HandRequest {

    private static final Schema SCHEMA = Schemas.aftersale();
    private static final int REQUEST = index("request");
    private static final int REASON = index("reason");
    private static final int AMOUNT = index("amount");
    private static final int ITEM_PRICE = index("item.price");
    private static final int ITEM_QUANTITY = index("item.quantity");
    private static final int ITEM_OPENED = index("item.opened");
    private static final int CATEGORY = index("category");
    private static final int MARKET = index("market");
    private static final int ORDER_STATUS = index("order.status");
    private static final int HAS_BUYER_NOTE = index("order.has_buyer_note");
    private static final int ADDRESS_CHANGED = index("order.address_changed");
    private static final int IS_COD = index("order.is_cod");
    private static final int SINCE_ORDER = index("since_order");
    private static final int SINCE_DELIVERY = index("since_delivery");
    private static final int RETURN_SHIPPING_FEE = index("return_shipping_fee");
    private static final int CREDIT_SCORE = index("buyer.credit_score");
    private static final int RETURNS_30D = index("buyer.returns_30d");
    private static final int REFUNDS_30D = index("buyer.refunds_30d");
    private static final int REFUND_TOTAL_30D = index("buyer.refund_total_30d");
    private static final int ACCOUNT_AGE = index("buyer.account_age");
    private static final int PHOTOS = index("evidence.photos");
    private static final int VIDEO = index("evidence.video");
    private static final int DECIDED_AT = index("decided_at");

    public final int request;
    public final int reason;
    public final long amount;
    public final long itemPrice;
    public final int itemQuantity;
    public final boolean hasItemOpened;
    public final boolean itemOpened;
    public final int category;
    public final int market;
    public final int orderStatus;
    public final boolean orderHasBuyerNote;
    public final boolean orderAddressChanged;
    public final boolean orderIsCod;
    public final long sinceOrder;
    public final boolean hasSinceDelivery;
    public final long sinceDelivery;
    public final long returnShippingFee;
    public final boolean hasBuyerCreditScore;
    public final int buyerCreditScore;
    public final int buyerReturns30d;
    public final int buyerRefunds30d;
    public final long buyerRefundTotal30d;
    public final long buyerAccountAge;
    public final int evidencePhotos;
    public final boolean evidenceVideo;
    public final boolean hasDecidedAt;
    public final long decidedAt;

    private HandRequest(RequestValues values) {
        request = (int) values.value(REQUEST);
        reason = (int) values.value(REASON);
        amount = values.value(AMOUNT);
        itemPrice = values.value(ITEM_PRICE);
        itemQuantity = Math.toIntExact(values.value(ITEM_QUANTITY));
        hasItemOpened = values.isPresent(ITEM_OPENED);
        itemOpened = hasItemOpened && values.value(ITEM_OPENED) != 0;
        category = (int) values.value(CATEGORY);
        market = (int) values.value(MARKET);
        orderStatus = (int) values.value(ORDER_STATUS);
        orderHasBuyerNote = values.value(HAS_BUYER_NOTE) != 0;
        orderAddressChanged = values.value(ADDRESS_CHANGED) != 0;
        orderIsCod = values.value(IS_COD) != 0;
        sinceOrder = values.value(SINCE_ORDER);
        hasSinceDelivery = values.isPresent(SINCE_DELIVERY);
        sinceDelivery = hasSinceDelivery ? values.value(SINCE_DELIVERY) : 0;
        returnShippingFee = values.value(RETURN_SHIPPING_FEE);
        hasBuyerCreditScore = values.isPresent(CREDIT_SCORE);
        buyerCreditScore = hasBuyerCreditScore ? Math.toIntExact(values.value(CREDIT_SCORE)) : 0;
        buyerReturns30d = Math.toIntExact(values.value(RETURNS_30D));
        buyerRefunds30d = Math.toIntExact(values.value(REFUNDS_30D));
        buyerRefundTotal30d = values.value(REFUND_TOTAL_30D);
        buyerAccountAge = values.value(ACCOUNT_AGE);
        evidencePhotos = Math.toIntExact(values.value(PHOTOS));
        evidenceVideo = values.value(VIDEO) != 0;
        hasDecidedAt = values.isPresent(DECIDED_AT);
        decidedAt = hasDecidedAt ? values.value(DECIDED_AT) : 0;
    }

    /** The typed form of a request of the bundled schema. */
    public static HandRequest of(RequestValues values) {
        return new HandRequest(values);
    }

    /** The Java field of a schema field: {@code buyer.refunds_30d} is {@code buyerRefunds30d}. */
    public static String javaName(String path) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : path.toCharArray()) {
            if (c == '.' || c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** The presence flag of an optional field: {@code item.opened} has {@code hasItemOpened}. */
    public static String presenceName(String path) {
        String name = javaName(path);
        return "has" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static int index(String path) {
        return SCHEMA.field(path)
                .orElseThrow(() -> new IllegalStateException("the schema lacks `" + path + "`"))
                .index();
    }
}
