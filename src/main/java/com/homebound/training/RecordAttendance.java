package com.homebound.training;

import java.time.ZoneId;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;

@Component
public class RecordAttendance implements TaskListener {

    private final TrainingSessionRepository sessions;
    private final ZoneId zone;

    public RecordAttendance(TrainingSessionRepository sessions, @Value("${homebound.training.time-zone:Europe/Paris}") String zone) {
        this.sessions = sessions;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String attended = in.oneOf("attended", Set.of("yes", "no"));
        var session = sessions.latestOf((Long) task.getVariable("caseId"));
        // "Attended" closes the case and mails the employee that they followed the training: not before it took place.
        if (session.isPresent() && !session.get().isOver(ClockUtil.now().toInstant())) {
            in.reject("attended", "can be recorded once the session is over, from "
                    + TrainingSession.describe(session.get().endsAt(), zone));
        }
        in.validate();
        session.ifPresent(s -> sessions.recordAttendance(s.id(), "yes".equals(attended)));
    }
}
