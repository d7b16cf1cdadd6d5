package com.homebound.shipping;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItemRepository;
import com.homebound.onboarding.EmployeeRepository;

/**
 * Gives the item's parcel to the carrier the decision picks for the employee's country, before
 * any carrier sees it: the ship and delivery tasks go to that carrier's group only.
 */
@Component
public class AssignCarrierDelegate implements JavaDelegate {

    private final CarrierChoice choice;
    private final EmployeeRepository employees;
    private final BundleItemRepository bundle;

    public AssignCarrierDelegate(CarrierChoice choice, EmployeeRepository employees, BundleItemRepository bundle) {
        this.choice = choice;
        this.employees = employees;
        this.bundle = bundle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long itemId = (Long) execution.getVariable("bundleItemId");
        Carrier carrier = choice.forCountry(employees.ofBundleItem(itemId).country());
        bundle.assignCarrier(itemId, carrier.displayName());
        execution.setVariable("carrierGroup", carrier.group());
    }
}
