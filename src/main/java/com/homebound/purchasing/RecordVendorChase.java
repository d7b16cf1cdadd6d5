package com.homebound.purchasing;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.process.Deadlines;
import com.homebound.process.FormInput;

/** IT chased the vendor and records the date it now promises; the order waits until then. */
@Component
public class RecordVendorChase implements TaskListener {

    private final PurchaseOrderRepository orders;

    public RecordVendorChase(PurchaseOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        LocalDate promised = in.date("promisedDelivery");
        if (promised != null && !promised.isAfter(Deadlines.today())) {
            in.reject("promisedDelivery", "must be after today");
        }
        in.validate();
        orders.recordChase(orders.currentFor((Long) task.getVariable("bundleItemId")).id(), promised);
        // Late again after this, the order goes to IT's lead ("Vendor chased already?").
        task.setVariable("vendorChased", true);
        in.consume();
    }

}
