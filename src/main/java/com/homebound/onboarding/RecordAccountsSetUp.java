package com.homebound.onboarding;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;

/** Refuses to complete the accounts task until the accounts are set up as {@link AccountsSetUp} says, then records them. */
@Component
public class RecordAccountsSetUp implements TaskListener {

    private final OnboardingCaseRepository cases;

    public RecordAccountsSetUp(OnboardingCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        AccountsSetUp accounts = AccountsSetUp.confirmedIn(in);
        in.validate();
        cases.recordAccounts((Long) task.getVariable("caseId"), accounts);
        in.consume();
    }
}
