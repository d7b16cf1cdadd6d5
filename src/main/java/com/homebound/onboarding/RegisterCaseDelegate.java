package com.homebound.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.dao.DuplicateKeyException;
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

        // A wave's batch says which wave starts the case: the case knows it from its first step, so its purchases do too.
        Long waveId = (Long) execution.getVariable(WAVE_ID);
        long caseId;
        try {
            long employeeId = employees.save(request.employee());
            caseId = cases.open(employeeId, request, execution.getProcessInstanceId(), waveId);
        } catch (DuplicateKeyException startedMeanwhile) {
            // The same person started twice at once (HR's form sent twice, or a form and a wave): the database's unique
            // keys let the first through and made this one wait for it. Nothing of this start is kept.
            in.reject("employeeId", request.employee().employeeNumber() + " was registered a moment ago by another start "
                    + "(the same form sent twice?): their case is in progress");
            in.validate();
            throw startedMeanwhile;
        }
        execution.removeVariable(WAVE_ID);
        in.consume();
        execution.setVariable("caseId", caseId);
        execution.setVariable("employeeName", request.employee().fullName());
        execution.setVariable("caseType", request.caseType().code());
        execution.setProcessBusinessKey("case-" + caseId);
    }

}
