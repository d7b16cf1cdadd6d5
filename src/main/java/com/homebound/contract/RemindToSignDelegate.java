package com.homebound.contract;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.notification.MailOutbox;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.onboarding.OnboardingCase;
import com.homebound.onboarding.OnboardingCaseRepository;

@Component
public class RemindToSignDelegate implements JavaDelegate {

    private final ContractRepository contracts;
    private final OnboardingCaseRepository cases;
    private final EmployeeRepository employees;
    private final MailOutbox mail;

    public RemindToSignDelegate(ContractRepository contracts, OnboardingCaseRepository cases,
                                EmployeeRepository employees, MailOutbox mail) {
        this.contracts = contracts;
        this.cases = cases;
        this.employees = employees;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable("caseId");
        OnboardingCase onboarding = cases.get(caseId);
        Employee employee = employees.get(onboarding.employeeId());
        Contract contract = contracts.findByCase(caseId).orElseThrow();
        contracts.countReminder(caseId);
        mail.send(employee.reachableEmail(onboarding.caseType()), "contract-reminder", Map.of(
                "employeeName", employee.fullName(),
                "contractDocument", contract.kind(),
                "contractReference", contract.reference()));
    }
}
