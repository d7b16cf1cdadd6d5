package com.homebound.purchasing;

import java.time.LocalDate;

/**
 * One line of a vendor's advance shipping notice (ASN). A line the vendor sends straight to the
 * employee's home (drop-shipping) also names the parcel's carrier and tracking number.
 */
public record DeliveryNotice(String poNumber, Integer line, String serialNumber, String assetTag, LocalDate shipDate,
                             String carrier, String trackingNumber) {

    public DeliveryNotice(String poNumber, Integer line, String serialNumber, String assetTag, LocalDate shipDate) {
        this(poNumber, line, serialNumber, assetTag, shipDate, null, null);
    }
}
