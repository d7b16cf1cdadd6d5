package com.homebound.onboarding;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.process.FormText;

/** The accounts are opened for the work email HR recorded: IT's task shows it. */
@Component
class ShowWorkEmail implements TaskListener {

    private final OnboardingCaseRepository cases;
    private final EmployeeRepository employees;

    ShowWorkEmail(OnboardingCaseRepository cases, EmployeeRepository employees) {
        this.cases = cases;
        this.employees = employees;
    }

    @Override
    public void notify(DelegateTask task) {
        Employee employee = employees.get(cases.get((Long) task.getVariable("caseId")).employeeId());
        task.setVariableLocal("workEmail", FormText.literal(employee.workEmail()));
    }
}
