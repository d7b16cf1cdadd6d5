package com.homebound.training;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.process.Deadlines;

/** The laptop is in the employee's hands (or they missed their session): a seat in the earliest session with room. */
@Component
public class PlaceInTrainingSessionDelegate implements JavaDelegate {

    private final TrainingSessionRepository sessions;

    public PlaceInTrainingSessionDelegate(TrainingSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable("caseId");
        Optional<TrainingSession> session = sessions.placeInEarliestWithRoom(caseId, Deadlines.now());
        if (session.isEmpty()) {
            // Look again under the lock a new session takes before it wakes waiting cases: one added just now is seen here,
            // or it sees this case waiting.
            sessions.lockWaiting();
            session = sessions.placeInEarliestWithRoom(caseId, Deadlines.now());
        }
        execution.setVariable("placedInSession", session.isPresent());
    }
}
