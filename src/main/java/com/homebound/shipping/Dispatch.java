package com.homebound.shipping;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.homebound.onboarding.Employee;

/** Records a parcel a carrier took, and says so to whoever follows parcels (tracking joins the reports that came first). */
@Component
public class Dispatch {

    private final ShipmentRepository shipments;
    private final KitRepository kits;
    private final ApplicationEventPublisher events;

    public Dispatch(ShipmentRepository shipments, KitRepository kits, ApplicationEventPublisher events) {
        this.shipments = shipments;
        this.kits = kits;
        this.events = events;
    }

    /** The carrier took the person's kit. */
    public void kit(long shipmentId, Handover handover) {
        kits.handOver(shipmentId, handover.trackingNumber());
        events.publishEvent(new ParcelHandedOver(shipmentId, handover.carrier(), handover.trackingNumber()));
    }

    /** A return kit or a return parcel: it belongs to an equipment return, not to a bundle item. */
    public long forReturn(long returnId, Handover handover, Employee from) {
        long shipmentId = shipments.shipForReturn(returnId, handover.carrier(), handover.trackingNumber(), from);
        events.publishEvent(new ParcelHandedOver(shipmentId, handover.carrier(), handover.trackingNumber()));
        return shipmentId;
    }
}
