package com.homebound.shipping;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Throws "Parcel delivered": an address check or investigation still open for this parcel
 * (a parcel incident, business key shipment-&lt;id&gt;) has no object any more and ends.
 */
@Component
public class ReportParcelDeliveredDelegate implements JavaDelegate {

    private final ShipmentRepository shipments;
    private final RuntimeService runtimeService;

    public ReportParcelDeliveredDelegate(ShipmentRepository shipments, RuntimeService runtimeService) {
        this.shipments = shipments;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        shipments.latestFor((Long) execution.getVariable("bundleItemId")).ifPresent(parcel ->
                runtimeService.createMessageCorrelation("ParcelDelivered")
                        .processInstanceBusinessKey("shipment-" + parcel.id()).correlateAll());
    }
}
