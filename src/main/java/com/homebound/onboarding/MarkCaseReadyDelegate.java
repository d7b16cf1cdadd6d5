package com.homebound.onboarding;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.notification.MailOutbox;

@Component
public class MarkCaseReadyDelegate implements JavaDelegate {

    private final OnboardingCaseRepository cases;
    private final EmployeeRepository employees;
    private final Managers managers;
    private final MailOutbox mail;

    public MarkCaseReadyDelegate(OnboardingCaseRepository cases, EmployeeRepository employees,
                                 Managers managers, MailOutbox mail) {
        this.cases = cases;
        this.employees = employees;
        this.managers = managers;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable("caseId");
        cases.markReady(caseId);
        OnboardingCase onboarding = cases.get(caseId);
        Employee employee = employees.get(onboarding.employeeId());
        Map<String, Object> model = Map.of("employeeName", employee.fullName(), "startDate", onboarding.startDate(),
                "accountLogin", String.valueOf(onboarding.accountLogin()));
        mail.send(employee.workEmail(), "case-ready-employee", model);
        managers.of(employee).ifPresent(manager -> mail.send(manager.getEmail(), "case-ready-manager",
                Map.of("employeeName", employee.fullName(), "startDate", onboarding.startDate(), "managerName", manager.getFirstName())));
    }
}
