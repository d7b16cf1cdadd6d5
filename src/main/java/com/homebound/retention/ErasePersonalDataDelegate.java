package com.homebound.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class ErasePersonalDataDelegate implements JavaDelegate {

    private final PersonalDataRetention retention;

    ErasePersonalDataDelegate(PersonalDataRetention retention) {
        this.retention = retention;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("peopleErased", retention.eraseDue());
    }
}
