package com.homebound.contract;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.process.Deadlines;
import com.homebound.process.FormInput;

@Component
public class RecordSignedContract implements TaskListener {

    private final ContractRepository contracts;

    public RecordSignedContract(ContractRepository contracts) {
        this.contracts = contracts;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        LocalDate signedOn = in.date("signedOn");
        String copy = in.text("signedCopyReference", 100);
        long caseId = (Long) task.getVariable("caseId");
        String problem = signedOn == null ? null
                : Contract.signedOnProblem(signedOn, contracts.findByCase(caseId).map(Contract::sentAt).orElse(null), Deadlines.today());
        if (problem != null) {
            in.reject("signedOn", problem);
        }
        in.validate();
        contracts.recordSigned(caseId, signedOn, copy);
        in.consume();
    }
}
