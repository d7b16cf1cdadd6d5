package com.homebound.returns;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class CloseReturnDelegate implements JavaDelegate {

    private final ReturnRepository returns;

    public CloseReturnDelegate(ReturnRepository returns) {
        this.returns = returns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        returns.close((Long) execution.getVariable("returnId"));
    }
}
