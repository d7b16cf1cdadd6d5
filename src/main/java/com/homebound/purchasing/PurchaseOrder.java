package com.homebound.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

public record PurchaseOrder(
        Long id,
        long bundleItemId,
        String vendor,
        String model,
        BigDecimal unitPrice,
        PurchaseOrderStatus status,
        String decidedBy,
        String decisionComment,
        LocalDate expectedDelivery,
        String replacedByVendor,
        OffsetDateTime chasedAt) {

    /** "PO-000042": what vendors and IT call it. */
    public String number() {
        return number(id);
    }

    public static String number(long id) {
        return String.format("PO-%06d", id);
    }

    /** The id in "PO-000042", or null if the text is not a purchase order number. */
    public static Long idOf(String number) {
        if (number == null || !number.matches("PO-\\d{6,18}")) {
            return null;
        }
        return Long.parseLong(number.substring(3));
    }
}
