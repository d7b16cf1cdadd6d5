package com.homebound.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a purchase order; the vendor's delivery notice fills in serial number and asset tag. */
public record PurchaseOrderLine(
        Long id,
        long purchaseOrderId,
        int lineNo,
        long bundleItemId,
        String model,
        int quantity,
        BigDecimal unitPrice,
        String serialNumber,
        String assetTag,
        LocalDate shippedOn) {

    public boolean noticed() {
        return serialNumber != null;
    }
}
