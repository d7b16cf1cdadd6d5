package com.homebound.purchasing;

import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.process.Deadlines;
import com.homebound.process.FormInput;

/** IT's lead decides on an order still late after the chase: wait until a new date, or buy elsewhere (and where). */
@Component
public class RecordLateOrderDecision implements TaskListener {

    private final PurchaseOrderRepository orders;
    private final VendorRepository vendors;

    public RecordLateOrderDecision(PurchaseOrderRepository orders, VendorRepository vendors) {
        this.orders = orders;
        this.vendors = vendors;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String decision = in.oneOf("lateOrderDecision", Set.of("wait", "resource"));
        PurchaseOrder order = orders.currentFor((Long) task.getVariable("bundleItemId"));
        if ("wait".equals(decision)) {
            LocalDate promised = in.date("promisedDelivery");
            if (promised != null && !promised.isAfter(Deadlines.today())) {
                in.reject("promisedDelivery", "must be after today");
            }
            in.validate();
            orders.postpone(order.id(), promised);
        } else if ("resource".equals(decision)) {
            String vendor = in.text("alternativeVendor", 80);
            if (vendor != null && vendors.find(vendor).isEmpty()) {
                in.reject("alternativeVendor", "must be a vendor Homebound buys from");
            } else if (vendor != null && vendor.equals(order.vendor())) {
                in.reject("alternativeVendor", "must be another vendor than " + order.vendor());
            }
            in.validate();
            // "Cancel order with late vendor" cancels it; the next order goes to this vendor.
            in.keep("alternativeVendor");
        } else {
            in.validate();
        }
        in.keep("lateOrderDecision");
        in.consume();
    }
}
