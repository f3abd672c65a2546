package dev.verdict.bench.reference;

import dev.verdict.bench.request.RequestView;
import dev.verdict.runtime.RequestValues;

/**
 * A request as the rule engines (Easy Rules with MVEL, Drools) see it: a JavaBean with enum
 * values as their names, money in cents, durations in minutes, and absent optional fields as
 * null ({@code itemOpened}, {@code sinceDelivery}, {@code buyerCreditScore}).
 */
public final class ReferenceFacts {

    private final String request;
    private final String reason;
    private final long amount;
    private final long itemPrice;
    private final int itemQuantity;
    private final Boolean itemOpened;
    private final String category;
    private final String market;
    private final String orderStatus;
    private final boolean orderHasBuyerNote;
    private final boolean orderAddressChanged;
    private final boolean orderIsCod;
    private final long sinceOrder;
    private final Long sinceDelivery;
    private final long returnShippingFee;
    private final Integer buyerCreditScore;
    private final int buyerReturns30d;
    private final int buyerRefunds30d;
    private final long buyerRefundTotal30d;
    private final long buyerAccountAge;
    private final int evidencePhotos;
    private final boolean evidenceVideo;

    public ReferenceFacts(RequestValues values) {
        RequestView view = new RequestView(values);
        request = view.name("request");
        reason = view.name("reason");
        amount = view.number("amount");
        itemPrice = view.number("item.price");
        itemQuantity = view.integer("item.quantity");
        itemOpened = view.optionalFlag("item.opened");
        category = view.name("category");
        market = view.name("market");
        orderStatus = view.name("order.status");
        orderHasBuyerNote = view.flag("order.has_buyer_note");
        orderAddressChanged = view.flag("order.address_changed");
        orderIsCod = view.flag("order.is_cod");
        sinceOrder = view.number("since_order");
        sinceDelivery = view.optionalNumber("since_delivery");
        returnShippingFee = view.number("return_shipping_fee");
        buyerCreditScore = view.optionalInteger("buyer.credit_score");
        buyerReturns30d = view.integer("buyer.returns_30d");
        buyerRefunds30d = view.integer("buyer.refunds_30d");
        buyerRefundTotal30d = view.number("buyer.refund_total_30d");
        buyerAccountAge = view.number("buyer.account_age");
        evidencePhotos = view.integer("evidence.photos");
        evidenceVideo = view.flag("evidence.video");
    }

    public String getRequest() {
        return request;
    }

    public String getReason() {
        return reason;
    }

    public long getAmount() {
        return amount;
    }

    public long getItemPrice() {
        return itemPrice;
    }

    public int getItemQuantity() {
        return itemQuantity;
    }

    public Boolean getItemOpened() {
        return itemOpened;
    }

    public String getCategory() {
        return category;
    }

    public String getMarket() {
        return market;
    }

    public String getOrderStatus() {
        return orderStatus;
    }

    public boolean isOrderHasBuyerNote() {
        return orderHasBuyerNote;
    }

    public boolean isOrderAddressChanged() {
        return orderAddressChanged;
    }

    public boolean isOrderIsCod() {
        return orderIsCod;
    }

    public long getSinceOrder() {
        return sinceOrder;
    }

    public Long getSinceDelivery() {
        return sinceDelivery;
    }

    public long getReturnShippingFee() {
        return returnShippingFee;
    }

    public Integer getBuyerCreditScore() {
        return buyerCreditScore;
    }

    public int getBuyerReturns30d() {
        return buyerReturns30d;
    }

    public int getBuyerRefunds30d() {
        return buyerRefunds30d;
    }

    public long getBuyerRefundTotal30d() {
        return buyerRefundTotal30d;
    }

    public long getBuyerAccountAge() {
        return buyerAccountAge;
    }

    public int getEvidencePhotos() {
        return evidencePhotos;
    }

    public boolean isEvidenceVideo() {
        return evidenceVideo;
    }
}
