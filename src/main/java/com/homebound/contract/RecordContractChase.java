package com.homebound.contract;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;

@Component
public class RecordContractChase implements TaskListener {

    private final ContractRepository contracts;

    public RecordContractChase(ContractRepository contracts) {
        this.contracts = contracts;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String note = in.text("chaseNote", 2000);
        in.validate();
        contracts.recordChase((Long) task.getVariable("caseId"), note);
        in.consume();
    }
}
