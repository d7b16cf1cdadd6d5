package com.homebound.training;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

import com.homebound.security.Caller;
import com.homebound.security.Roles;

/** HR's training sessions over JSON, and the page that uses them (reached with the Tasklist login). */
@Controller
class TrainingSessionController {

    record NewSession(String date, String time, String videoLink, Integer capacity) {
    }

    record Checklist(List<Long> attended) {
    }

    private final TrainingSessions sessions;
    private final Caller caller;

    TrainingSessionController(TrainingSessions sessions, Caller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @PostMapping(value = "/api/hr/training-sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<TrainingSessions.View> create(@RequestBody NewSession session) {
        String hr = caller.requireAnyGroup(Roles.HR);
        return ResponseEntity.status(HttpStatus.CREATED).body(
                sessions.create(session.date(), session.time(), session.videoLink(), session.capacity(), hr));
    }

    /** Sessions from yesterday on, and how many people wait for a session with room. */
    @GetMapping("/api/hr/training-sessions")
    @ResponseBody
    Map<String, Object> list() {
        caller.requireAnyGroup(Roles.HR);
        return Map.of("sessions", sessions.recent(), "waitingForASession", sessions.waiting());
    }

    @GetMapping("/api/hr/training-sessions/{id}")
    @ResponseBody
    TrainingSessions.View get(@PathVariable("id") long id) {
        caller.requireAnyGroup(Roles.HR);
        return sessions.get(id);
    }

    /** The session's checklist: the cases of those who attended; everyone else placed in it did not. */
    @PostMapping(value = "/api/hr/training-sessions/{id}/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    TrainingSessions.AttendanceReport attendance(@PathVariable("id") long id, @RequestBody Checklist checklist) {
        String hr = caller.requireAnyGroup(Roles.HR);
        return sessions.recordAttendance(id, checklist.attended(), hr);
    }

    @GetMapping(value = "/training-sessions", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page() throws IOException {
        caller.requireAnyGroup(Roles.HR);
        try (InputStream page = getClass().getResourceAsStream("/pages/training-sessions.html")) {
            return new String(page.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
