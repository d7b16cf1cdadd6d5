package com.homebound.shipping;

import com.homebound.process.FormInput;

/** A parcel handed to its assigned carrier, under the tracking number the carrier types. */
public record Handover(String carrier, String trackingNumber) {

    /**
     * Reads the carrier's answer. The carrier is the one the parcel was assigned to, never one the
     * user names; a tracking number another parcel of that carrier already has refuses the completion.
     */
    public static Handover read(FormInput in, String assignedCarrier, ShipmentRepository shipments) {
        String trackingNumber = in.matching("trackingNumber", Shipment.TRACKING_NUMBER);
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
