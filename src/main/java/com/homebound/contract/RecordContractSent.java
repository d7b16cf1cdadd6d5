package com.homebound.contract;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.onboarding.CaseType;
import com.homebound.process.FormInput;

@Component
public class RecordContractSent implements TaskListener {

    private final ContractRepository contracts;

    public RecordContractSent(ContractRepository contracts) {
        this.contracts = contracts;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String reference = in.text("contractReference", 100);
        in.validate();
        contracts.recordSent((Long) task.getVariable("caseId"),
                CaseType.fromCode((String) task.getVariable("caseType")).contractDocument(), reference);
        in.consume();
    }
}
