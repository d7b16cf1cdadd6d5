package com.homebound.tracking;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a carrier says about a parcel, in AfterShip's words (its "tags"). The rank orders the
 * statuses a parcel passes through; problems (rank 0) are recorded but move nothing.
 */
public enum TrackingStatus {
    PENDING("Pending", 0),
    LABEL_CREATED("InfoReceived", 1),
    IN_TRANSIT("InTransit", 2),
    OUT_FOR_DELIVERY("OutForDelivery", 3),
    ATTEMPT_FAILED("AttemptFail", 3),
    AVAILABLE_FOR_PICKUP("AvailableForPickup", 4),
    DELIVERED("Delivered", 5),
    EXCEPTION("Exception", 0),
    EXPIRED("Expired", 0);

    private final String tag;
    private final int rank;

    TrackingStatus(String tag, int rank) {
        this.tag = tag;
        this.rank = rank;
    }

    public String tag() {
        return tag;
    }

    public int rank() {
        return rank;
    }

    /** Accepts AfterShip's tag ("OutForDelivery") or the name ("OUT_FOR_DELIVERY"), any case. */
    public static Optional<TrackingStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values()).filter(s -> s.tag.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t)).findFirst();
    }

    /** The rank of a shipment's stored state; SHIPPED is what Tasklist records when a carrier takes the parcel. */
    static int rankOf(String shipmentState) {
        if ("SHIPPED".equals(shipmentState)) {
            return 1;
        }
        return parse(shipmentState).map(TrackingStatus::rank).orElse(0);
    }
}
