package com.homebound.purchasing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Puts the late order's vendor and promised date in front of IT. */
@Component
public class ShowPurchaseOrder implements TaskListener {

    private final PurchaseOrderRepository orders;

    public ShowPurchaseOrder(PurchaseOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public void notify(DelegateTask task) {
        PurchaseOrder order = orders.currentFor((Long) task.getVariable("bundleItemId"));
        task.setVariableLocal("vendor", order.vendor());
        task.setVariableLocal("expectedDelivery", String.valueOf(order.expectedDelivery()));
    }
}
