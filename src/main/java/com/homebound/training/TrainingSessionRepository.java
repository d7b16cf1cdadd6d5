package com.homebound.training;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.homebound.process.Deadlines;

/** Training sessions, and the people placed into them. */
@Repository
public class TrainingSessionRepository {

    /** A person on a session's checklist: their case, name and employee number, and what HR recorded. */
    public record Attendee(long caseId, String employeeNumber, String name, Boolean attended) {
    }

    private final JdbcClient jdbc;

    public TrainingSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(OffsetDateTime startsAt, String videoLink, int capacity, String createdBy) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into training_session (starts_at, video_link, capacity, placed, created_by, created_at) values (?, ?, ?, 0, ?, ?)")
                .params(startsAt, videoLink, capacity, createdBy, Deadlines.now()).update(key, "id");
        return key.getKey().longValue();
    }

    public boolean exists(OffsetDateTime startsAt, String videoLink) {
        return jdbc.sql("select count(*) from training_session where starts_at = ? and video_link = ?").params(startsAt, videoLink)
                .query(Integer.class).single() > 0;
    }

    public Optional<TrainingSession> find(long id) {
        return jdbc.sql("select * from training_session where id = ?").param(id).query(TrainingSession.class).optional();
    }

    /** Sessions from a day ago on: the ones HR still fills or records attendance for. */
    public List<TrainingSession> recent() {
        return jdbc.sql("select * from training_session where starts_at > ? order by starts_at, id")
                .param(Deadlines.now().minusDays(1)).query(TrainingSession.class).list();
    }

    /**
     * Places the case into the earliest session starting after {@code after} that has a free seat. The seat is
     * taken by an update that only succeeds while seats are left: a placement at the same moment that took
     * the last seat makes this one try the next session.
     */
    public Optional<TrainingSession> placeInEarliestWithRoom(long caseId, OffsetDateTime after) {
        List<TrainingSession> open = jdbc.sql("select * from training_session where starts_at > ? and placed < capacity order by starts_at, id")
                .param(after).query(TrainingSession.class).list();
        for (TrainingSession session : open) {
            int taken = jdbc.sql("update training_session set placed = placed + 1 where id = ? and placed < capacity")
                    .param(session.id()).update();
            if (taken == 1) {
                jdbc.sql("insert into training_placement (session_id, case_id, placed_at) values (?, ?, ?)")
                        .params(session.id(), caseId, Deadlines.now()).update();
                return find(session.id());
            }
        }
        return Optional.empty();
    }

    /** Taken by a case about to wait for a session, and by a new session before it wakes the waiting cases. */
    public void lockWaiting() {
        jdbc.sql("select id from training_waiting_lock where id = 1 for update").query(Integer.class).single();
    }

    public Optional<TrainingPlacement> latestPlacementOf(long caseId) {
        return jdbc.sql("select * from training_placement where case_id = ? order by id desc").param(caseId)
                .query(TrainingPlacement.class).list().stream().findFirst();
    }

    public void markInvited(long placementId) {
        jdbc.sql("update training_placement set invited_at = ? where id = ?").params(Deadlines.now(), placementId).update();
    }

    public List<Attendee> attendeesOf(long sessionId) {
        return jdbc.sql("""
                select p.case_id, e.employee_number, e.full_name, p.attended from training_placement p
                join onboarding_case c on c.id = p.case_id join employee e on e.id = c.employee_id
                where p.session_id = ? order by e.full_name, p.case_id""").param(sessionId)
                .query((rs, n) -> new Attendee(rs.getLong("case_id"), rs.getString("employee_number"), rs.getString("full_name"),
                        (Boolean) rs.getObject("attended"))).list();
    }

    /** Records one attendee's answer once: false when it was recorded already (a replayed checklist). */
    public boolean recordAttendance(long sessionId, long caseId, boolean attended) {
        return jdbc.sql("update training_placement set attended = ? where session_id = ? and case_id = ? and attended is null")
                .params(attended, sessionId, caseId).update() == 1;
    }

    public void markAttendanceRecorded(long sessionId, String by) {
        jdbc.sql("update training_session set attendance_recorded_by = ?, attendance_recorded_at = ? where id = ?")
                .params(by, Deadlines.now(), sessionId).update();
    }

}
