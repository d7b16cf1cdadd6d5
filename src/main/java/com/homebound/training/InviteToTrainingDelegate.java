package com.homebound.training;

import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.homebound.notification.MailOutbox;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.onboarding.OnboardingCase;
import com.homebound.onboarding.OnboardingCaseRepository;

/** Mails the employee the session they were placed into: its date, time and link. */
@Component
public class InviteToTrainingDelegate implements JavaDelegate {

    private final TrainingSessionRepository sessions;
    private final OnboardingCaseRepository cases;
    private final EmployeeRepository employees;
    private final MailOutbox mail;
    private final ZoneId zone;

    public InviteToTrainingDelegate(TrainingSessionRepository sessions, OnboardingCaseRepository cases, EmployeeRepository employees,
                                    MailOutbox mail, @Value("${homebound.training.time-zone:Europe/Paris}") String zone) {
        this.sessions = sessions;
        this.cases = cases;
        this.employees = employees;
        this.mail = mail;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable("caseId");
        TrainingPlacement placement = sessions.latestPlacementOf(caseId).orElseThrow();
        TrainingSession session = sessions.find(placement.sessionId()).orElseThrow();
        OnboardingCase onboarding = cases.get(caseId);
        Employee employee = employees.get(onboarding.employeeId());
        mail.send(employee.reachableEmail(onboarding.caseType()), "training-invitation", Map.of(
                "employeeName", employee.fullName(),
                "sessionDate", TrainingSession.DAY.format(session.startsAt().atZoneSameInstant(zone)),
                "sessionTime", TrainingSession.time(session.startsAt(), zone),
                "timeZone", zone.getId(),
                "videoLink", session.videoLink()));
        sessions.markInvited(placement.id());
    }
}
