package com.homebound.returns;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import com.homebound.notification.MailOutbox;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;

/** Two weeks and still not handed over: the manager hears about it. */
@Component
public class TellManagerReturnIsLateDelegate implements JavaDelegate {

    private final ReturnRepository returns;
    private final EmployeeRepository employees;
    private final IdentityService identityService;
    private final MailOutbox mail;

    public TellManagerReturnIsLateDelegate(ReturnRepository returns, EmployeeRepository employees,
                                           IdentityService identityService, MailOutbox mail) {
        this.returns = returns;
        this.employees = employees;
        this.identityService = identityService;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EquipmentReturn ret = returns.get((Long) execution.getVariable("returnId"));
        Employee employee = employees.get(ret.employeeId());
        returns.managerTold(ret.id());
        User manager = identityService.createUserQuery().userId(employee.managerId()).singleResult();
        if (manager != null && manager.getEmail() != null) {
            mail.send(manager.getEmail(), "return-overdue-manager", Map.of(
                    "managerName", manager.getFirstName(), "employeeName", employee.fullName(), "reference", ret.reference()));
        }
    }
}
