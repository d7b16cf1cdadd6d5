package com.homebound.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a purchase order. On an item's own order the line is that item (quantity 1), and the
 * vendor's delivery notice fills in its serial number and asset tag. On a wave's order the line is a
 * quantity of a model, with no item of its own: its items and their serial numbers are {@link WaveOrderItem}s.
 * A line shipped to the employee's home (drop-shipping) is always an item's own line: it has one address.
 */
public record PurchaseOrderLine(
        Long id,
        long purchaseOrderId,
        int lineNo,
        Long bundleItemId,
        String model,
        int quantity,
        BigDecimal unitPrice,
        String serialNumber,
        String assetTag,
        LocalDate shippedOn,
        boolean shipToHome) {

    public boolean noticed() {
        return serialNumber != null;
    }
}
