package com.homebound.contract;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.onboarding.CaseType;

/** Names the document on HR's contract tasks: an amendment for a relocation, a contract for a new hire. */
@Component
public class ShowContractDocument implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal("contractDocument", CaseType.fromCode((String) task.getVariable("caseType")).contractDocument());
    }
}
