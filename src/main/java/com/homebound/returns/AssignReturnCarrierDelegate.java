package com.homebound.returns;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.onboarding.EmployeeRepository;
import com.homebound.shipping.Carrier;
import com.homebound.shipping.CarrierChoice;

/** Gives the return (kit and pickup) to the carrier the decision picks for the employee's country. */
@Component
public class AssignReturnCarrierDelegate implements JavaDelegate {

    private final CarrierChoice choice;
    private final ReturnRepository returns;
    private final EmployeeRepository employees;

    public AssignReturnCarrierDelegate(CarrierChoice choice, ReturnRepository returns, EmployeeRepository employees) {
        this.choice = choice;
        this.returns = returns;
        this.employees = employees;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long returnId = (Long) execution.getVariable("returnId");
        Carrier carrier = choice.forCountry(employees.get(returns.get(returnId).employeeId()).country());
        returns.assignCarrier(returnId, carrier.displayName());
        execution.setVariable("carrierGroup", carrier.group());
    }
}
