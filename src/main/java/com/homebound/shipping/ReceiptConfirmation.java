package com.homebound.shipping;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.homebound.process.Deadlines;

/**
 * The employee's "Yes, I received it": the parcel's delivery recorded once. The parcel's row is locked first,
 * so the button pressed twice (a double tap on a phone, a page sent again) waits for the first and then finds
 * the parcel delivered, instead of racing it to the same task.
 */
@Component
class ReceiptConfirmation {

    private final ShipmentRepository shipments;
    private final CarrierTasks carrierTasks;
    private final Kits kitProcess;

    ReceiptConfirmation(ShipmentRepository shipments, CarrierTasks carrierTasks, Kits kitProcess) {
        this.shipments = shipments;
        this.carrierTasks = carrierTasks;
        this.kitProcess = kitProcess;
    }

    @Transactional
    void confirm(long shipmentId) {
        Shipment shipment = shipments.lock(shipmentId).orElseThrow();
        if (shipment.delivered() || carrierTasks.confirmDelivery(shipmentId, Deadlines.today(), "employee")) {
            return;
        }
        if (shipment.fromVendor()) {
            // A parcel the vendor sent straight to the employee has no carrier task: record it here.
            shipments.markDelivered(shipmentId, Deadlines.today(), null, "employee");
            kitProcess.vendorParcelDelivered(shipmentId);
        }
    }
}
