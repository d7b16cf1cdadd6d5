package com.homebound.shipping;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Throws "Items delivered": each item's provisioning waiting for this kit goes on (the laptop's reports it ready for training). */
@Component
public class ReportItemsDeliveredDelegate implements JavaDelegate {

    private final Kits kits;

    public ReportItemsDeliveredDelegate(Kits kits) {
        this.kits = kits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        kits.tellItemsDelivered((Long) execution.getVariable("shipmentId"));
    }
}
