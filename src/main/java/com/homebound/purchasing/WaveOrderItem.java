package com.homebound.purchasing;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An item bought for a wave: added by its provisioning, put on the wave's order for its vendor when the
 * wave sends its orders (purchaseOrderId and lineNo set then), and given its serial number by a row of
 * the vendor's delivery notice.
 */
public record WaveOrderItem(
        long id,
        long waveId,
        long bundleItemId,
        String vendor,
        String model,
        OffsetDateTime addedAt,
        Long purchaseOrderId,
        Integer lineNo,
        String serialNumber,
        String assetTag,
        LocalDate shippedOn,
        OffsetDateTime noticedAt,
        OffsetDateTime receivedAt,
        OffsetDateTime cancelledAt,
        String replacedByVendor) {

    /** The order still waits for it: not received (from a delivery notice or by IT), not taken off the order. */
    public boolean awaited() {
        return receivedAt == null && cancelledAt == null;
    }
}
