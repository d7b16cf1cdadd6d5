package com.homebound.purchasing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import com.homebound.process.FormText;

/** Puts IT's reason in front of HR on the review task. */
@Component
public class ShowRejectionReason implements TaskListener {

    private final PurchaseOrderRepository orders;

    public ShowRejectionReason(PurchaseOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public void notify(DelegateTask task) {
        long itemId = (Long) task.getVariable("bundleItemId");
        String reason = orders.latestFor(itemId).map(PurchaseOrder::decisionComment).orElse("no reason given");
        task.setVariableLocal("rejectionReason", FormText.literal(reason));
    }
}
