package com.homebound.returns;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The carrier collected the equipment; IT inspects each item on arrival. */
@Component
public class RecordReturnPickup implements TaskListener {

    private final ReturnShipments shipments;

    public RecordReturnPickup(ReturnShipments shipments) {
        this.shipments = shipments;
    }

    @Override
    public void notify(DelegateTask task) {
        shipments.record(task);
    }
}
