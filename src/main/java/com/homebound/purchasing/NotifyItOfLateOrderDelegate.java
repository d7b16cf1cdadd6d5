package com.homebound.purchasing;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.homebound.notification.MailOutbox;

@Component
public class NotifyItOfLateOrderDelegate implements JavaDelegate {

    private final PurchaseOrderRepository orders;
    private final MailOutbox mail;
    private final String itMailbox;

    public NotifyItOfLateOrderDelegate(PurchaseOrderRepository orders, MailOutbox mail,
                                       @Value("${homebound.it.mailbox}") String itMailbox) {
        this.orders = orders;
        this.mail = mail;
        this.itMailbox = itMailbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PurchaseOrder order = orders.currentFor((Long) execution.getVariable("bundleItemId"));
        mail.send(itMailbox, "purchase-order-late", Map.of(
                "poNumber", order.number(), "vendor", order.vendor(), "expectedDelivery", order.expectedDelivery(),
                "itemLabel", execution.getVariable("itemLabel"), "employeeName", execution.getVariable("employeeName")));
    }
}
