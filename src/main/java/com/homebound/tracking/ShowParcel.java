package com.homebound.tracking;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.shipping.Kits;
import com.homebound.onboarding.Employee;
import com.homebound.shipping.Shipment;
import com.homebound.shipping.ShipmentRepository;
import com.homebound.process.FormText;

/** What HR or IT needs on a parcel incident: the item, where it was going, whom to call. */
@Component
public class ShowParcel implements TaskListener {

    private final ShipmentRepository shipments;
    private final Kits kits;
    private final ShipmentTracker tracker;

    public ShowParcel(ShipmentRepository shipments, Kits kits, ShipmentTracker tracker) {
        this.shipments = shipments;
        this.kits = kits;
        this.tracker = tracker;
    }

    @Override
    public void notify(DelegateTask task) {
        Shipment parcel = shipments.find((Long) task.getVariable("shipmentId")).orElseThrow();
        Employee employee = tracker.recipientOf(parcel);
        task.setVariableLocal("itemLabel", FormText.literal(kits.labelOf(parcel.id())));
        task.setVariableLocal("deliveryAddress", FormText.literal(parcel.street() + ", " + parcel.postalCode() + " " + parcel.city() + ", " + parcel.country()));
        task.setVariableLocal("phone", FormText.literal(employee.phone()));
    }
}
