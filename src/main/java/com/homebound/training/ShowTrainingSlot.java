package com.homebound.training;

import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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
            var start = s.startsAt().atZoneSameInstant(zone);
            task.setVariableLocal("trainingSlot", RecordTrainingSchedule.DAY.format(start) + " at "
                    + String.format("%02d:%02d", start.getHour(), start.getMinute()) + " (" + zone.getId() + "), "
                    // An autolink keeps the link clickable; the link itself has no < > or spaces (RecordTrainingSchedule).
                    + "<" + s.videoLink() + ">");
        });
    }
}
