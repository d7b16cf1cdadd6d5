package com.homebound.shipping;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItemRepository;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.onboarding.OnboardingCaseRepository;

/** A carrier sees where to deliver, on its task only; nothing else about the person. */
@Component
public class ShowDeliveryAddress implements TaskListener {

    private final BundleItemRepository bundle;
    private final OnboardingCaseRepository cases;
    private final EmployeeRepository employees;

    public ShowDeliveryAddress(BundleItemRepository bundle, OnboardingCaseRepository cases, EmployeeRepository employees) {
        this.bundle = bundle;
        this.cases = cases;
        this.employees = employees;
    }

    @Override
    public void notify(DelegateTask task) {
        Employee employee = recipientOf(task);
        task.setVariableLocal("deliveryAddress", employee.fullName() + ", " + employee.homeAddress() + " (phone " + employee.phone() + ")");
        task.setVariableLocal("shipmentReference", Shipment.referenceFor((Long) task.getVariable("bundleItemId")));
    }

    Employee recipientOf(DelegateTask task) {
        long itemId = (Long) task.getVariable("bundleItemId");
        return employees.get(cases.get(bundle.get(itemId).caseId()).employeeId());
    }
}
