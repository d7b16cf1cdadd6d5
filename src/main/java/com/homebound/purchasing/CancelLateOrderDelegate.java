package com.homebound.purchasing;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.notification.MailOutbox;

/**
 * Cancels the order with the late vendor and tells it so; the order placed next goes to the
 * vendor IT chose in "Decide on late order" ({@code alternativeVendor}).
 *
 * <p>An item on a wave's order cancels only itself: it is taken off the order, its line asks for one
 * fewer, and the vendor is told the line's new quantity. The wave's other items stay on the order.
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
        long itemId = (Long) execution.getVariable("bundleItemId");
        String alternative = (String) execution.getVariable("alternativeVendor");
        PurchaseOrder late = orders.currentFor(itemId);
        execution.removeVariable("alternativeVendor");
        if (late.forWave()) {
            PurchaseOrderLine line = orders.takeOffWaveOrder(orders.waveItemOf(itemId).orElseThrow(), alternative);
            vendors.find(late.vendor()).ifPresent(vendor -> mail.send(vendor.email(), "purchase-order-line-reduced", Map.of(
                    "vendor", vendor.name(), "poNumber", late.number(), "line", line.lineNo(), "model", line.model(),
                    "quantity", line.quantity(), "reason", REASON)));
            return;
        }
        orders.cancel(late.id(), alternative, REASON);
        vendors.find(late.vendor()).ifPresent(vendor -> mail.send(vendor.email(), "purchase-order-cancelled", Map.of(
                "vendor", vendor.name(), "poNumber", late.number(), "reason", REASON)));
    }
}
