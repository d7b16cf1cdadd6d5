package com.homebound.training;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import com.homebound.process.AsSystem;
import com.homebound.process.Deadlines;
import com.homebound.process.Plausible;

/** HR's training sessions: created with a date, time, link and capacity; attendance recorded for a whole session. */
@Service
public class TrainingSessions {

    /** A session as HR's page shows it: when, where, how full, and its checklist. */
    public record View(long id, OffsetDateTime startsAt, String when, String videoLink, int capacity, int placed, int seatsLeft,
                       boolean started, String attendanceRecordedBy, OffsetDateTime attendanceRecordedAt,
                       List<TrainingSessionRepository.Attendee> attendees) {
    }

    /** What recording a checklist did: who attended, who did not (placed into a later session), who was recorded before. */
    public record AttendanceReport(long sessionId, int attended, int noShows, int alreadyRecorded) {
    }

    private final TrainingSessionRepository sessions;
    private final RuntimeService runtimeService;
    private final AsSystem asSystem;
    private final ZoneId zone;

    public TrainingSessions(TrainingSessionRepository sessions, RuntimeService runtimeService, AsSystem asSystem,
                            @Value("${homebound.training.time-zone:Europe/Paris}") String zone) {
        this.sessions = sessions;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
        this.zone = ZoneId.of(zone);
    }

    /** A new session; the cases waiting for a session with room then look again (each in its own job). */
    @Transactional
    public View create(String date, String time, String videoLink, Integer capacity, String by) {
        List<String> problems = new ArrayList<>();
        LocalDate day = Plausible.day(date);
        if (day == null) {
            problems.add("Date must be a date like 2026-03-16 or 16/03/2026");
        } else if (!Plausible.date(day)) {
            problems.add("Date " + Plausible.range());
        }
        if (time == null || !TrainingSession.TIME.matcher(time.trim()).matches()) {
            problems.add("Time must be a time like 09:30");
        }
        if (videoLink == null || !TrainingSession.LINK.matcher(videoLink.trim()).matches()) {
            problems.add("Video link must be one https:// link, without spaces, of at most 500 characters");
        }
        if (capacity == null || capacity < 1 || capacity > TrainingSession.MAX_CAPACITY) {
            problems.add("Capacity must be a whole number from 1 to " + TrainingSession.MAX_CAPACITY);
        }
        OffsetDateTime startsAt = problems.isEmpty() ? TrainingSession.startsAt(day, time.trim(), zone) : null;
        if (startsAt != null && !startsAt.isAfter(Deadlines.now())) {
            problems.add("Date and time must be in the future: people are placed into sessions that have not started");
        }
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("; ", problems));
        }
        // The lock also makes "Add session" sent twice at once (a double click) add it once: the second waits, then finds it.
        sessions.lockWaiting();
        if (sessions.exists(startsAt, videoLink.trim())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "There is already a session on " + TrainingSession.describe(startsAt, zone)
                    + " with this video link: it is on the list of sessions");
        }
        long id = sessions.create(startsAt, videoLink.trim(), capacity, by);
        asSystem.call(() -> runtimeService.createMessageCorrelation("TrainingSessionAdded").correlateAllWithResult());
        return view(sessions.find(id).orElseThrow());
    }

    public List<View> recent() {
        return sessions.recent().stream().map(this::view).toList();
    }

    public View get(long id) {
        return view(session(id));
    }

    /** How many people wait for a session with room: HR adds one when this is not zero. */
    public long waiting() {
        return asSystem.call(() -> runtimeService.createExecutionQuery().activityId("WaitForTrainingSession").count());
    }

    /**
     * The session's checklist: those listed attended, every other attendee not yet recorded did not, and is placed
     * into a later session. Each attendee's case moves on. Recorded answers stay as they are (a replay changes nothing).
     */
    @Transactional
    public AttendanceReport recordAttendance(long sessionId, List<Long> attendedCaseIds, String by) {
        TrainingSession session = session(sessionId);
        if (!session.hasStarted(Deadlines.now().toInstant())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Attendance can be recorded once the session has started, from "
                    + TrainingSession.describe(session.startsAt(), zone));
        }
        List<TrainingSessionRepository.Attendee> attendees = sessions.attendeesOf(sessionId);
        Set<Long> placed = new HashSet<>(attendees.stream().map(TrainingSessionRepository.Attendee::caseId).toList());
        Set<Long> attended = new HashSet<>(attendedCaseIds == null ? List.of() : attendedCaseIds);
        List<Long> strangers = attended.stream().filter(id -> !placed.contains(id)).sorted().toList();
        if (!strangers.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Attended lists "
                    + (strangers.size() == 1 ? "a case that is" : strangers.size() + " cases that are")
                    + " not placed in this session (case " + strangers.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
                    + "): tick only the people on its checklist");
        }
        int yes = 0;
        int no = 0;
        int before = 0;
        for (TrainingSessionRepository.Attendee attendee : attendees) {
            boolean came = attended.contains(attendee.caseId());
            if (!sessions.recordAttendance(sessionId, attendee.caseId(), came)) {
                before++;
                continue;
            }
            if (came) {
                yes++;
            } else {
                no++;
            }
            asSystem.call(() -> runtimeService.createMessageCorrelation("TrainingAttendanceRecorded")
                    .processInstanceVariableEquals("caseId", attendee.caseId())
                    .setVariable("attended", came ? "yes" : "no")
                    .correlateAllWithResult());
        }
        if (yes + no > 0) {
            sessions.markAttendanceRecorded(sessionId, by);
        }
        return new AttendanceReport(sessionId, yes, no, before);
    }

    private TrainingSession session(long id) {
        return sessions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No training session " + id));
    }

    private View view(TrainingSession s) {
        return new View(s.id(), s.startsAt(), TrainingSession.describe(s.startsAt(), zone), s.videoLink(), s.capacity(), s.placed(),
                s.seatsLeft(), s.hasStarted(Deadlines.now().toInstant()), s.attendanceRecordedBy(), s.attendanceRecordedAt(),
                sessions.attendeesOf(s.id()));
    }
}
