package com.homebound.tracking;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.shipping.Shipment;
import com.homebound.shipping.ShipmentRepository;

/**
 * "Tell carrier the new address": writes the redirection into the parcel's timeline, where the
 * carrier reads it. The address itself was recorded on the parcel when HR confirmed it.
 */
@Component
public class RedirectParcelDelegate implements JavaDelegate {

    private final ShipmentRepository shipments;
    private final TrackingEventRepository events;

    public RedirectParcelDelegate(ShipmentRepository shipments, TrackingEventRepository events) {
        this.shipments = shipments;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Shipment parcel = shipments.find((Long) execution.getVariable("shipmentId")).orElseThrow();
        Object note = execution.getVariable("deliveryNote");
        events.note(parcel.id(), parcel.trackingNumber(), "REDIRECTED", "Deliver to " + parcel.street() + ", " + parcel.postalCode()
                + " " + parcel.city() + (note == null ? "" : " (" + note + ")"));
        execution.removeVariable("deliveryNote");
    }
}
