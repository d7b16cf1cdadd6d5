package com.homebound.shipping;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.process.Deadlines;
import com.homebound.process.CurrentUser;
import com.homebound.process.FormInput;

/** The kit arrived, as the carrier or the employee (through their receipt link) reports it: all its items did. */
@Component
public class RecordDelivery implements TaskListener {

    private final ShipmentRepository shipments;
    private final BundleItemRepository bundle;
    private final KitRepository kits;

    public RecordDelivery(ShipmentRepository shipments, BundleItemRepository bundle, KitRepository kits) {
        this.shipments = shipments;
        this.bundle = bundle;
        this.kits = kits;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        LocalDate deliveredOn = in.date("deliveredOn");
        String receivedBy = in.optionalNameOrAddress("receivedBy", 120);
        LocalDate today = Deadlines.today();
        if (deliveredOn != null && deliveredOn.isAfter(today.plusDays(1))) {
            in.reject("deliveredOn", "cannot be in the future");
        }
        in.validate();
        long kitId = (Long) task.getVariable("shipmentId");
        // Set when the employee's receipt link or a carrier's tracking feed reports the delivery.
        Object confirmedBy = task.getVariable("confirmedBy");
        shipments.markDelivered(kitId, deliveredOn, receivedBy, confirmedBy != null ? confirmedBy.toString() : CurrentUser.of(task));
        for (BundleItem item : kits.itemsOf(kitId)) {
            bundle.moveTo(item.id(), BundleItemState.DELIVERED);
        }
        in.consume();
        task.removeVariable("confirmedBy");
    }
}
