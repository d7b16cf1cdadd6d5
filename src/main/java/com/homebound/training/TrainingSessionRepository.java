package com.homebound.training;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Training sessions of onboarding cases. */
@Repository
public class TrainingSessionRepository {

    private final JdbcClient jdbc;

    public TrainingSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void schedule(long caseId, OffsetDateTime startsAt, String videoLink) {
        jdbc.sql("insert into training_session (case_id, starts_at, video_link, created_at) values (?, ?, ?, ?)")
                .params(caseId, startsAt, videoLink, OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    public Optional<TrainingSession> latestOf(long caseId) {
        return jdbc.sql("select * from training_session where case_id = ? order by id desc").param(caseId)
                .query(TrainingSession.class).list().stream().findFirst();
    }

    public void recordAttendance(long sessionId, boolean attended) {
        jdbc.sql("update training_session set attended = ? where id = ?").params(attended, sessionId).update();
    }

    /** HR confirms attendance once the session is over. */
    public Date endOfSession(long caseId) {
        return latestOf(caseId).map(s -> Date.from(s.endsAt().toInstant())).orElse(new Date());
    }
}
