package com.homebound.returns;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.process.FormText;

/** The carrier sees where to go and what to collect; nothing else about the person. */
@Component
public class ShowReturnAddress implements TaskListener {

    private final ReturnRepository returns;
    private final EmployeeRepository employees;

    public ShowReturnAddress(ReturnRepository returns, EmployeeRepository employees) {
        this.returns = returns;
        this.employees = employees;
    }

    @Override
    public void notify(DelegateTask task) {
        EquipmentReturn ret = returns.get((Long) task.getVariable("returnId"));
        Employee employee = employees.get(ret.employeeId());
        task.setVariableLocal("returnAddress", FormText.literal(employee.fullName() + ", " + employee.homeAddress() + " (phone " + employee.phone() + ")"));
        task.setVariableLocal("returnReference", ret.reference());
        task.setVariableLocal("assignedCarrier", returns.carrierOf(ret.id()));
        task.setVariableLocal("returnItems", FormText.literal(returns.itemIdsOf(ret.id()).stream().map(returns::labelOf).collect(Collectors.joining(", "))));
    }
}
