package com.homebound.shipping;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.onboarding.EmployeeRepository;

/**
 * Gives the kit to the carrier the decision picks for the employee's country, before any carrier
 * sees it: the ship and delivery tasks go to that carrier's group only.
 */
@Component
public class AssignCarrierDelegate implements JavaDelegate {

    private final CarrierChoice choice;
    private final EmployeeRepository employees;
    private final KitRepository kits;
    private final ShipmentRepository shipments;

    public AssignCarrierDelegate(CarrierChoice choice, EmployeeRepository employees, KitRepository kits, ShipmentRepository shipments) {
        this.choice = choice;
        this.employees = employees;
        this.kits = kits;
        this.shipments = shipments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long kitId = (Long) execution.getVariable("shipmentId");
        Carrier carrier = choice.forCountry(employees.ofBundleItem(shipments.find(kitId).orElseThrow().bundleItemId()).country());
        kits.assignCarrier(kitId, carrier.displayName());
        execution.setVariable("carrierGroup", carrier.group());
    }
}
