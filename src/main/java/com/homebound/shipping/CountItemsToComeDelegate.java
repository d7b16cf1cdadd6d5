package com.homebound.shipping;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Count items still to come": the person's items that will ship through IT but are not ready yet. */
@Component
public class CountItemsToComeDelegate implements JavaDelegate {

    private final KitRepository kits;

    public CountItemsToComeDelegate(KitRepository kits) {
        this.kits = kits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("itemsToCome", kits.itemsToCome((Long) execution.getVariable("caseId")));
    }
}
