package com.homebound.purchasing;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.notification.MailOutbox;

/**
 * Cancels the order with the late vendor and tells it so; the order placed next goes to the
 * vendor IT chose in "Decide on late order" ({@code alternativeVendor}).
 */
@Component
public class CancelLateOrderDelegate implements JavaDelegate {

    static final String REASON = "still late after the vendor was chased";

    private final PurchaseOrderRepository orders;
    private final VendorRepository vendors;
    private final MailOutbox mail;

    public CancelLateOrderDelegate(PurchaseOrderRepository orders, VendorRepository vendors, MailOutbox mail) {
        this.orders = orders;
        this.vendors = vendors;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PurchaseOrder late = orders.currentFor((Long) execution.getVariable("bundleItemId"));
        orders.cancel(late.id(), (String) execution.getVariable("alternativeVendor"), REASON);
        execution.removeVariable("alternativeVendor");
        vendors.find(late.vendor()).ifPresent(vendor -> mail.send(vendor.email(), "purchase-order-cancelled", Map.of(
                "vendor", vendor.name(), "poNumber", late.number(), "reason", REASON)));
    }
}
