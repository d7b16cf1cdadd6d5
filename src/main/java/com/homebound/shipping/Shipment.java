package com.homebound.shipping;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.homebound.process.Shape;

/** A parcel to an employee's home. */
public record Shipment(
        Long id,
        Long bundleItemId,
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
        String confirmedBy,
        Long returnId,
        OffsetDateTime stateAt,
        int failedAttempts) {

    /** What carriers' tracking numbers look like, whether a carrier user types it or the carrier's system sends it. */
    public static final Shape TRACKING_NUMBER = Shape.of("^[A-Za-z0-9-]{6,40}$", "6 to 40 letters, digits or dashes");

    public static final String SHIPPED = "SHIPPED";
    public static final String DELIVERED = "DELIVERED";

    public boolean delivered() {
        return DELIVERED.equals(state);
    }
}
