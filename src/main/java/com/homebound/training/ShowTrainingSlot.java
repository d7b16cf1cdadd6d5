package com.homebound.training;

import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Shows HR, on Confirm training attendance, when the session is and from when attendance can be recorded. */
@Component
public class ShowTrainingSlot implements TaskListener {

    private final TrainingSessionRepository sessions;
    private final ZoneId zone;

    public ShowTrainingSlot(TrainingSessionRepository sessions, @Value("${homebound.training.time-zone:Europe/Paris}") String zone) {
        this.sessions = sessions;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public void notify(DelegateTask task) {
        sessions.latestOf((Long) task.getVariable("caseId")).ifPresent(s -> {
            task.setVariableLocal("trainingSlot", TrainingSession.describe(s.startsAt(), zone) + ", "
                    // An autolink keeps the link clickable; the link itself has no < > or spaces (RecordTrainingSchedule).
                    + "<" + s.videoLink() + ">");
            task.setVariableLocal("attendanceFrom", TrainingSession.describe(s.endsAt(), zone));
        });
    }
}
