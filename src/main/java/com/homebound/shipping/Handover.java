package com.homebound.shipping;

import java.util.regex.Pattern;

import com.homebound.process.FormInput;

/** A parcel handed to its assigned carrier, under the tracking number the carrier types. */
public record Handover(String carrier, String trackingNumber) {

    private static final Pattern TRACKING = Pattern.compile("^[A-Za-z0-9-]{6,40}$");

    /**
     * Reads the carrier's answer. The carrier is the one the parcel was assigned to, never one the
     * user names; a tracking number another parcel of that carrier already has refuses the completion.
     */
    public static Handover read(FormInput in, String assignedCarrier, ShipmentRepository shipments) {
        String trackingNumber = in.matching("trackingNumber", TRACKING, "6 to 40 letters, digits or dashes");
        if (assignedCarrier == null) {
            in.reject("carrier", "is not yet assigned to this parcel");
        } else if (trackingNumber != null && shipments.trackingNumberKnown(assignedCarrier, trackingNumber)) {
            in.reject("trackingNumber", "is already used by another shipment");
        }
        in.validate();
        return new Handover(assignedCarrier, trackingNumber);
    }

    public String trackingLink() {
        return Carrier.byName(carrier).orElseThrow().trackingLink(trackingNumber);
    }
}
