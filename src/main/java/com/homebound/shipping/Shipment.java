package com.homebound.shipping;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.homebound.process.Shape;

/**
 * A parcel to an employee's home (a kit: the items of one person that were ready together), or a
 * return parcel. A kit is PACKING while items join it, PACKED once sealed, then follows the carrier.
 */
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
        int failedAttempts,
        Long caseId,
        OffsetDateTime packingSince,
        OffsetDateTime sealedAt,
        boolean fromVendor) {

    /** What carriers' tracking numbers look like, whether a carrier user types it or the carrier's system sends it. */
    public static final Shape TRACKING_NUMBER = Shape.of("^[A-Za-z0-9-]{6,40}$", "6 to 40 letters, digits or dashes");

    public static final String PACKING = "PACKING";
    public static final String PACKED = "PACKED";
    public static final String SHIPPED = "SHIPPED";
    public static final String DELIVERED = "DELIVERED";

    public boolean delivered() {
        return DELIVERED.equals(state);
    }

    /** Still with us: packing, or sealed and waiting for the carrier. */
    public boolean atHomebound() {
        return PACKING.equals(state) || PACKED.equals(state);
    }
}
