package com.homebound.purchasing;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.notification.MailOutbox;

/** Tells the late vendor its order is cancelled; the next order goes to the vendor IT chose. */
@Component
public class CancelAndResourceDelegate implements JavaDelegate {

    private final PurchaseOrderRepository orders;
    private final VendorRepository vendors;
    private final MailOutbox mail;

    public CancelAndResourceDelegate(PurchaseOrderRepository orders, VendorRepository vendors, MailOutbox mail) {
        this.orders = orders;
        this.vendors = vendors;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PurchaseOrder cancelled = orders.currentFor((Long) execution.getVariable("bundleItemId"));
        vendors.find(cancelled.vendor()).ifPresent(vendor -> mail.send(vendor.email(), "purchase-order-cancelled", Map.of(
                "vendor", vendor.name(), "poNumber", cancelled.number(), "reason", cancelled.decisionComment())));
    }
}
