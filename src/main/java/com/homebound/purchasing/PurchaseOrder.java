package com.homebound.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;

public record PurchaseOrder(
        Long id,
        long bundleItemId,
        String vendor,
        String model,
        BigDecimal unitPrice,
        String status,
        String decidedBy,
        String decisionComment,
        LocalDate expectedDelivery) {

    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    public static final String PLACED = "PLACED";
    public static final String RECEIVED = "RECEIVED";

    /** "PO-000042": what vendors and IT call it. */
    public String number() {
        return String.format("PO-%06d", id);
    }
}
