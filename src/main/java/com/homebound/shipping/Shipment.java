package com.homebound.shipping;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A parcel to an employee's home. */
public record Shipment(
        Long id,
        long bundleItemId,
        String carrier,
        String trackingNumber,
        String state,
        String street,
        String postalCode,
        String city,
        String country,
        OffsetDateTime shippedAt,
        LocalDate deliveredOn,
        String receivedBy,
        String confirmedBy) {

    public static final String SHIPPED = "SHIPPED";
    public static final String DELIVERED = "DELIVERED";

    public boolean delivered() {
        return DELIVERED.equals(state);
    }
}
