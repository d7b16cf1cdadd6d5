package com.homebound.returns;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.notification.MailOutbox;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.onboarding.Managers;

/** Two weeks and still not handed over: the manager hears about it. */
@Component
public class TellManagerReturnIsLateDelegate implements JavaDelegate {

    private final ReturnRepository returns;
    private final EmployeeRepository employees;
    private final Managers managers;
    private final MailOutbox mail;

    public TellManagerReturnIsLateDelegate(ReturnRepository returns, EmployeeRepository employees,
                                           Managers managers, MailOutbox mail) {
        this.returns = returns;
        this.employees = employees;
        this.managers = managers;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EquipmentReturn ret = returns.get((Long) execution.getVariable("returnId"));
        Employee employee = employees.get(ret.employeeId());
        returns.managerTold(ret.id());
        managers.of(employee).ifPresent(manager -> mail.send(manager.getEmail(), "return-overdue-manager", Map.of(
                "managerName", manager.getFirstName(), "employeeName", employee.fullName(), "reference", ret.reference())));
    }
}
