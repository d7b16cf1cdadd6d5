package com.homebound.equipment;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.onboarding.OnboardingCase;
import com.homebound.onboarding.OnboardingCaseRepository;

/** Asks the equipment-bundle decision what this person gets and writes it down as bundle items. */
@Component
public class ChooseBundleDelegate implements JavaDelegate {

    private final DecisionService decisions;
    private final OnboardingCaseRepository cases;
    private final EmployeeRepository employees;
    private final BundleItemRepository bundle;

    public ChooseBundleDelegate(DecisionService decisions, OnboardingCaseRepository cases,
                                EmployeeRepository employees, BundleItemRepository bundle) {
        this.decisions = decisions;
        this.cases = cases;
        this.employees = employees;
        this.bundle = bundle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable("caseId");
        OnboardingCase onboarding = cases.get(caseId);
        Employee employee = employees.get(onboarding.employeeId());
        DmnDecisionResult items = decisions.evaluateDecisionByKey("equipment-bundle")
                .variables(Variables.createVariables()
                        .putValue("profile", onboarding.profile())
                        .putValue("caseType", onboarding.caseType().code())
                        .putValue("country", employee.country())
                        .putValue("hasBroadband", onboarding.hasBroadband()))
                .evaluate();
        List<Long> itemIds = new ArrayList<>();
        for (var item : items) {
            itemIds.add(bundle.add(caseId, ItemType.valueOf(item.getEntry("itemType")), item.getEntry("model"),
                    Boolean.TRUE.equals(item.getEntry("keepExisting"))));
        }
        // "Provision equipment" runs once per id.
        execution.setVariable("bundleItemIds", itemIds);
    }
}
