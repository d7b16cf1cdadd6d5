package com.homebound.returns;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.notification.MailOutbox;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;

@Component
public class RemindToReturnDelegate implements JavaDelegate {

    private final ReturnRepository returns;
    private final EmployeeRepository employees;
    private final MailOutbox mail;

    public RemindToReturnDelegate(ReturnRepository returns, EmployeeRepository employees, MailOutbox mail) {
        this.returns = returns;
        this.employees = employees;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EquipmentReturn ret = returns.get((Long) execution.getVariable("returnId"));
        Employee employee = employees.get(ret.employeeId());
        returns.countReminder(ret.id());
        mail.send(employee.workEmail(), "return-reminder", Map.of(
                "employeeName", employee.fullName(), "reference", ret.reference(), "reminder", ret.remindersSent() + 1));
    }
}
