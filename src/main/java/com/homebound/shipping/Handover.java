package com.homebound.shipping;

import java.util.Optional;
import java.util.regex.Pattern;

import com.homebound.process.FormInput;

/** What a carrier types when it takes a parcel: which carrier, which tracking number. */
public record Handover(String carrier, String trackingNumber) {

    private static final Pattern TRACKING = Pattern.compile("^[A-Za-z0-9-]{6,40}$");

    /**
     * Reads and validates the carrier's answer: an unknown carrier, or a tracking number another
     * parcel already has, refuses the task completion.
     */
    public static Handover read(FormInput in, ShipmentRepository shipments) {
        String carrierName = in.text("carrier", 40);
        String trackingNumber = in.matching("trackingNumber", TRACKING, "6 to 40 letters, digits or dashes");
        Optional<Carrier> carrier = carrierName == null ? Optional.empty() : Carrier.byName(carrierName);
        if (carrierName != null && carrier.isEmpty()) {
            in.reject("carrier", "must be a carrier Homebound ships with");
        }
        if (carrier.isPresent() && trackingNumber != null && shipments.trackingNumberKnown(carrier.get().displayName(), trackingNumber)) {
            in.reject("trackingNumber", "is already used by another shipment");
        }
        in.validate();
        return new Handover(carrier.get().displayName(), trackingNumber);
    }

    public String trackingLink() {
        return Carrier.byName(carrier).orElseThrow().trackingLink(trackingNumber);
    }
}
