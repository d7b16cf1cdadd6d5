package com.homebound.purchasing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

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
    private final PurchaseOrderMail mail;

    public CancelLateOrderDelegate(PurchaseOrderRepository orders, PurchaseOrderMail mail) {
        this.orders = orders;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long itemId = (Long) execution.getVariable("bundleItemId");
        String alternative = (String) execution.getVariable("alternativeVendor");
        PurchaseOrder late = orders.currentFor(itemId);
        execution.removeVariable("alternativeVendor");
        if (late.forWave()) {
            mail.lineReduced(late, orders.takeOffWaveOrder(orders.waveItemOf(itemId).orElseThrow(), alternative), REASON);
            return;
        }
        orders.cancel(late.id(), alternative, REASON);
        mail.cancelled(late, REASON);
    }
}
