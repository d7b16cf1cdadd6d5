package com.homebound.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.homebound.notification.MailOutbox;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.onboarding.OnboardingCase;
import com.homebound.onboarding.OnboardingCaseRepository;
import com.homebound.process.FormInput;

/** HR scheduled the session: store it and send the employee the invitation. */
@Component
public class RecordTrainingSchedule implements TaskListener {

    private static final Pattern TIME = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");
    private static final Pattern LINK = Pattern.compile("^https://[^\\s<>\"'`\\\\]+$");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final TrainingSessionRepository sessions;
    private final OnboardingCaseRepository cases;
    private final EmployeeRepository employees;
    private final MailOutbox mail;
    private final ZoneId zone;

    public RecordTrainingSchedule(TrainingSessionRepository sessions, OnboardingCaseRepository cases,
                                  EmployeeRepository employees, MailOutbox mail,
                                  @Value("${homebound.training.time-zone:Europe/Paris}") String zone) {
        this.sessions = sessions;
        this.cases = cases;
        this.employees = employees;
        this.mail = mail;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        LocalDate date = in.date("trainingDate");
        String time = in.matching("trainingTime", TIME, "a time like 09:30");
        String link = in.matching("videoLink", LINK, "an https:// link");
        if (date != null && date.isBefore(ClockUtil.now().toInstant().atZone(zone).toLocalDate())) {
            in.reject("trainingDate", "cannot be in the past");
        }
        in.validate();

        long caseId = (Long) task.getVariable("caseId");
        ZonedDateTime startsAt = ZonedDateTime.of(date, LocalTime.parse(time), zone);
        sessions.schedule(caseId, startsAt.toOffsetDateTime(), link);
        OnboardingCase onboarding = cases.get(caseId);
        Employee employee = employees.get(onboarding.employeeId());
        mail.send(employee.reachableEmail(onboarding.caseType()), "training-invitation", Map.of(
                "employeeName", employee.fullName(),
                "sessionDate", DAY.format(startsAt),
                "sessionTime", time,
                "timeZone", zone.getId(),
                "videoLink", link));
        in.consume();
    }
}
