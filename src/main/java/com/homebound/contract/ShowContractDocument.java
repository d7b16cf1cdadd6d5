package com.homebound.contract;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.onboarding.CaseType;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.onboarding.OnboardingCase;
import com.homebound.onboarding.OnboardingCaseRepository;
import com.homebound.process.FormText;

/**
 * What HR needs on the contract tasks: the document (an amendment for a relocation, a contract for a
 * new hire), where it goes and the start date it must state.
 */
@Component
public class ShowContractDocument implements TaskListener {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final OnboardingCaseRepository cases;
    private final EmployeeRepository employees;

    public ShowContractDocument(OnboardingCaseRepository cases, EmployeeRepository employees) {
        this.cases = cases;
        this.employees = employees;
    }

    @Override
    public void notify(DelegateTask task) {
        CaseType caseType = CaseType.fromCode((String) task.getVariable("caseType"));
        task.setVariableLocal("contractDocument", caseType.contractDocument());
        OnboardingCase onboarding = cases.get((Long) task.getVariable("caseId"));
        Employee employee = employees.get(onboarding.employeeId());
        task.setVariableLocal("contractStartDate", DAY.format(onboarding.startDate()));
        // A new hire has no company mailbox yet. Named "personalEmail", the address stays out of the engine's
        // history (PersonalDataOutOfHistory) and leaves the engine with the task.
        task.setVariableLocal(caseType == CaseType.NEW_HIRE ? "personalEmail" : "workEmail",
                FormText.literal(employee.reachableEmail(caseType)));
    }
}
