package com.homebound.shipping;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Pack item into the employee's kit": the item ships with whatever else of the person is ready. */
@Component
public class PackIntoKitDelegate implements JavaDelegate {

    private final Kits kits;

    public PackIntoKitDelegate(Kits kits) {
        this.kits = kits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        kits.pack((Long) execution.getVariable("bundleItemId"), execution.getProcessBusinessKey(),
                (String) execution.getVariable("employeeName"));
    }
}
