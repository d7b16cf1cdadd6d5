package com.homebound.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A purchase order, as an item sees it. An item's own order is for that item alone. A wave's order
 * (with its waveId) is for many items, one line per model; read for one of its items ({@link
 * PurchaseOrderRepository#latestFor}), it carries that item's model, and is CANCELLED or RECEIVED
 * once that item was taken off it or received.
 */
public record PurchaseOrder(
        Long id,
        Long bundleItemId,
        String vendor,
        String model,
        BigDecimal unitPrice,
        PurchaseOrderStatus status,
        String decidedBy,
        String decisionComment,
        LocalDate expectedDelivery,
        String replacedByVendor,
        OffsetDateTime chasedAt,
        Long waveId) {

    /** Bought for a wave, with the wave's other items of this vendor. */
    public boolean forWave() {
        return waveId != null;
    }

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
