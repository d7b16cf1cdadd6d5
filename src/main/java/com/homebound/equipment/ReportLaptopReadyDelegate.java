package com.homebound.equipment;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the onboarding case that the laptop is in the employee's hands, so training can be scheduled. */
@Component
public class ReportLaptopReadyDelegate implements JavaDelegate {

    private final RuntimeService runtimeService;

    public ReportLaptopReadyDelegate(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        runtimeService.createMessageCorrelation("LaptopReady")
                .processInstanceVariableEquals("caseId", execution.getVariable("caseId"))
                .correlateAll();
    }
}
