package com.homebound.training;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;

@Component
public class RecordAttendance implements TaskListener {

    private final TrainingSessionRepository sessions;

    public RecordAttendance(TrainingSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String attended = in.oneOf("attended", Set.of("yes", "no"));
        in.validate();
        sessions.latestOf((Long) task.getVariable("caseId"))
                .ifPresent(s -> sessions.recordAttendance(s.id(), "yes".equals(attended)));
    }
}
