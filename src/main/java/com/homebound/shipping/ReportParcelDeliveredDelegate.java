package com.homebound.shipping;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Throws "Parcel delivered": an address check or investigation still open for this kit
 * (a parcel incident, business key shipment-&lt;id&gt;) has no object any more and ends.
 */
@Component
public class ReportParcelDeliveredDelegate implements JavaDelegate {

    private final RuntimeService runtimeService;

    public ReportParcelDeliveredDelegate(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        runtimeService.createMessageCorrelation("ParcelDelivered")
                .processInstanceBusinessKey("shipment-" + execution.getVariable("shipmentId")).correlateAll();
    }
}
