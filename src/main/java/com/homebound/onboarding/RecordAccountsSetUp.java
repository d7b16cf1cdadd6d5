package com.homebound.onboarding;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;

@Component
public class RecordAccountsSetUp implements TaskListener {

    private static final Pattern LOGIN = Pattern.compile("^[a-z0-9._-]{2,40}$");

    private final OnboardingCaseRepository cases;

    public RecordAccountsSetUp(OnboardingCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String login = in.matching("accountLogin", LOGIN, "a lower-case login");
        in.confirmed("mailboxCreated", "The mailbox");
        in.confirmed("vpnAccessGranted", "VPN access");
        in.confirmed("mfaEnrolled", "Multi-factor enrolment");
        in.validate();
        cases.recordAccounts((Long) task.getVariable("caseId"), login);
        in.consume();
    }
}
