package com.homebound.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.process.FormInput;
import com.homebound.shipping.ParcelReference;

/** Opens a return for everything the person has at home; refuses one with nothing to return. */
@Component
public class RegisterReturnDelegate implements JavaDelegate {

    static final Set<String> REASONS = Set.of("back-on-site", "leaving");

    private final EmployeeRepository employees;
    private final ReturnRepository returns;
    private final BundleItemRepository bundle;

    public RegisterReturnDelegate(EmployeeRepository employees, ReturnRepository returns, BundleItemRepository bundle) {
        this.employees = employees;
        this.returns = returns;
        this.bundle = bundle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormInput in = FormInput.of(execution);
        String employeeNumber = in.matching("employeeId", Employee.EMPLOYEE_ID);
        String reason = in.oneOf("reason", REASONS);
        Employee employee = employeeNumber == null ? null : employees.findByNumber(employeeNumber).orElse(null);
        List<Long> items = List.of();
        if (employeeNumber != null && employee == null) {
            in.reject("employeeId", "matches no employee");
        } else if (employee != null) {
            items = returns.bundleItemsWith(employee.id());
            if (items.isEmpty()) {
                in.reject("employeeId", "is " + employee.fullName() + ", who has no Homebound equipment at home");
            }
            returns.findOpenFor(employee.id()).ifPresent(open -> in.reject("employeeId", "is " + employee.fullName() + ", whose return is already open"));
        }
        in.validate();

        long returnId = returns.open(employee.id(), reason, execution.getProcessInstanceId(), items);
        items.forEach(itemId -> bundle.moveTo(itemId, BundleItemState.RETURNING));
        in.consume();
        execution.setVariable("returnId", returnId);
        // "Wipe, then restock or dispose of item" runs once per returned item.
        execution.setVariable("returnItemIds", new ArrayList<>(returns.itemIdsOf(returnId)));
        execution.setVariable("employeeName", employee.fullName());
        execution.setProcessBusinessKey(ParcelReference.ofReturn(returnId));
    }
}
