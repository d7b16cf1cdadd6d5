package com.homebound.onboarding;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;

/**
 * First step of an onboarding, in the same transaction as the start: a refused request leaves
 * no process instance and no rows behind.
 */
@Component
public class RegisterCaseDelegate implements JavaDelegate {

    private final EmployeeRepository employees;
    private final OnboardingCaseRepository cases;
    private final IdentityService identityService;

    public RegisterCaseDelegate(EmployeeRepository employees, OnboardingCaseRepository cases, IdentityService identityService) {
        this.employees = employees;
        this.cases = cases;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormInput in = FormInput.of(execution);
        OnboardingRequest request = OnboardingRequest.read(in);
        String managerId = request.employee().managerId();
        if (managerId != null && identityService.createUserQuery().userId(managerId).count() == 0) {
            in.reject("managerId", "names no user: give the user id the manager logs in with");
        }
        if (request.employee().employeeNumber() != null) {
            employees.findByNumber(request.employee().employeeNumber())
                    .flatMap(known -> cases.findOpenCaseOf(known.id()))
                    .ifPresent(open -> in.reject("employeeId", "already has onboarding case " + open.id() + " in progress"));
        }
        in.validate();

        long employeeId = employees.save(request.employee());
        long caseId = cases.open(employeeId, request, execution.getProcessInstanceId());
        in.consume();
        execution.setVariable("caseId", caseId);
        execution.setVariable("employeeName", request.employee().fullName());
        execution.setVariable("caseType", request.caseType().code());
        execution.setProcessBusinessKey("case-" + caseId);
    }
}
