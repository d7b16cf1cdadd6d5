package com.homebound.shipping;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

@Component
public class ShowTracking implements TaskListener {

    private final ShipmentRepository shipments;

    public ShowTracking(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @Override
    public void notify(DelegateTask task) {
        shipments.find((Long) task.getVariable("shipmentId")).ifPresent(s -> {
            task.setVariableLocal("carrier", s.carrier());
            task.setVariableLocal("trackingNumber", s.trackingNumber());
        });
    }
}
