package com.homebound.onboarding;

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

    /** Not a field of the start form: only Homebound's own code (a wave's batch) may start a case with it. */
    public static final String WAVE_ID = "waveId";

    private final EmployeeRepository employees;
    private final OnboardingCaseRepository cases;
    private final CaseAdmission admission;

    public RegisterCaseDelegate(EmployeeRepository employees, OnboardingCaseRepository cases, CaseAdmission admission) {
        this.employees = employees;
        this.cases = cases;
        this.admission = admission;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormInput in = FormInput.of(execution);
        OnboardingRequest read = OnboardingRequest.read(in);
        OnboardingRequest request = read.withEmployee(admission.admit(in, read.employee()));
        in.validate();

        long employeeId = employees.save(request.employee());
        // A wave's batch says which wave starts the case: the case knows it from its first step, so its purchases do too.
        Long waveId = (Long) execution.getVariable(WAVE_ID);
        long caseId = cases.open(employeeId, request, execution.getProcessInstanceId(), waveId);
        execution.removeVariable(WAVE_ID);
        in.consume();
        execution.setVariable("caseId", caseId);
        execution.setVariable("employeeName", request.employee().fullName());
        execution.setVariable("caseType", request.caseType().code());
        execution.setProcessBusinessKey("case-" + caseId);
    }

}
