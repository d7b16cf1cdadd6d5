package com.homebound.shipping;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItemRepository;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.process.FormText;

/** A carrier sees where to deliver and for which carrier, on its task only; nothing else about the person. */
@Component
public class ShowDeliveryAddress implements TaskListener {

    private final EmployeeRepository employees;
    private final BundleItemRepository bundle;

    public ShowDeliveryAddress(EmployeeRepository employees, BundleItemRepository bundle) {
        this.employees = employees;
        this.bundle = bundle;
    }

    @Override
    public void notify(DelegateTask task) {
        Employee employee = recipientOf(task);
        task.setVariableLocal("deliveryAddress", FormText.literal(employee.fullName() + ", " + employee.homeAddress() + " (phone " + employee.phone() + ")"));
        task.setVariableLocal("shipmentReference", ParcelReference.ofBundleItem((Long) task.getVariable("bundleItemId")));
        task.setVariableLocal("assignedCarrier", bundle.carrierOf((Long) task.getVariable("bundleItemId")));
    }

    Employee recipientOf(DelegateTask task) {
        return employees.ofBundleItem((Long) task.getVariable("bundleItemId"));
    }
}
