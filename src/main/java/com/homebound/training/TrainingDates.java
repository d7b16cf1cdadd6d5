package com.homebound.training;

import java.util.Date;

import org.springframework.stereotype.Component;

/** The training dates the onboarding diagram's due dates read, as ${trainingDates.endOfSession(caseId)}. */
@Component("trainingDates")
public class TrainingDates {

    private final TrainingSessionRepository sessions;

    TrainingDates(TrainingSessionRepository sessions) {
        this.sessions = sessions;
    }

    /** Sessions last an hour; HR confirms attendance once it is over. */
    public Date endOfSession(long caseId) {
        return sessions.endOfSession(caseId);
    }
}
