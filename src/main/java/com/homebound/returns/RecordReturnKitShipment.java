package com.homebound.returns;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.notification.MailOutbox;

/** The kit is on its way: the employee learns what to pack and that a carrier will collect it. */
@Component
public class RecordReturnKitShipment implements TaskListener {

    private final ReturnShipments shipments;
    private final ReturnRepository returns;
    private final MailOutbox mail;

    public RecordReturnKitShipment(ReturnShipments shipments, ReturnRepository returns, MailOutbox mail) {
        this.shipments = shipments;
        this.returns = returns;
        this.mail = mail;
    }

    @Override
    public void notify(DelegateTask task) {
        ReturnShipments.Recorded kit = shipments.record(task);
        mail.send(kit.employee().workEmail(), "return-kit", Map.of(
                "employeeName", kit.employee().fullName(), "carrier", kit.carrier(), "trackingNumber", kit.trackingNumber(),
                "items", returns.itemIdsOf(kit.ret().id()).stream().map(returns::labelOf).collect(Collectors.joining(", ")),
                "reference", kit.ret().reference()));
    }
}
