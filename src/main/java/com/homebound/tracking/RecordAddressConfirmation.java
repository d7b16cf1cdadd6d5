package com.homebound.tracking;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;
import com.homebound.shipping.ShipmentRepository;

/** HR confirmed (or corrected) the address with the employee: it is recorded on the parcel, which goes there. */
@Component
public class RecordAddressConfirmation implements TaskListener {

    private final ShipmentRepository shipments;

    public RecordAddressConfirmation(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String street = in.nameOrAddress("street", 200);
        String postalCode = in.nameOrAddress("postalCode", 12);
        String city = in.nameOrAddress("city", 100);
        in.optionalNameOrAddress("deliveryNote", 500);
        in.validate();
        shipments.redirect((Long) task.getVariable("shipmentId"), street, postalCode, city);
        in.keep("deliveryNote");
        in.consume();
    }
}
