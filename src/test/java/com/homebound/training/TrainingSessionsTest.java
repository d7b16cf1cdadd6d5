package com.homebound.training;

import static com.homebound.support.TestMailServer.receivedBy;
import static com.homebound.support.TestMailServer.subject;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.homebound.process.Deadlines;
import com.homebound.support.AppTestCase;

/** HR's training sessions on PostgreSQL: placement as laptops arrive, capacity under concurrency, a session's checklist. */
class TrainingSessionsTest extends AppTestCase {

    @Autowired TrainingSessionRepository sessions;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void peopleArePlacedIntoTheEarliestSessionWithRoomAndNeverBeyondItsCapacityEvenAllAtOnce() throws Exception {
        jdbc.sql("update training_session set capacity = placed where placed < capacity").update();
        long later = session(3, "10:00", 10);
        long earliest = session(1, "08:00", 2);
        List<Long> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cases.add(caseIdOf(startOnboarding("workEmail", "placed" + i + "@acme.example")));
        }

        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<Future<Optional<TrainingSession>>> placements = new ArrayList<>();
        for (long caseId : cases) {
            placements.add(pool.submit(() -> {
                go.await();
                return transaction.execute(status -> sessions.placeInEarliestWithRoom(caseId, Deadlines.now()));
            }));
        }
        go.countDown();
        List<Long> placedInto = new ArrayList<>();
        for (var placement : placements) {
            placedInto.add(placement.get().orElseThrow().id());
        }
        pool.shutdown();

        assertThat(placedInto).filteredOn(id -> id == earliest).hasSize(2);
        assertThat(placedInto).filteredOn(id -> id == later).hasSize(4);
        var page = get(HR, "/api/hr/training-sessions/" + earliest).json();
        assertThat(page.get("placed").asInt()).isEqualTo(2);
        assertThat(page.get("seatsLeft").asInt()).isZero();
        assertThat(page.get("attendees")).hasSize(2);
        assertThat(jdbc.sql("select count(*) from training_placement where session_id = ?").param(earliest).query(Integer.class).single())
                .as("people on the earliest session's checklist").isEqualTo(2);
        assertThat(get(HR, "/api/hr/training-sessions/" + later).json().get("placed").asInt()).isEqualTo(4);
    }

    @Test
    void aSessionsChecklistMovesAttendeesOnAndPlacesANoShowIntoALaterSessionWithANewInvitation() {
        long session = aTrainingSessionWithRoom(10);
        long came = aDeveloperWhoseLaptopIsReady("came@acme.example");
        long missed = aDeveloperWhoseLaptopIsReady("missed@acme.example");
        await("both invited", Duration.ofSeconds(20), () -> invitationsTo("came@acme.example") == 1 && invitationsTo("missed@acme.example") == 1);
        assertThat(get(HR, "/api/hr/training-sessions/" + session).json().get("attendees").findValuesAsText("name"))
                .containsExactlyInAnyOrder("Came Developer", "Missed Developer");

        var tooEarly = post(HR, "/api/hr/training-sessions/" + session + "/attendance", Map.of("attended", List.of(came)));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("message").asText()).startsWith("Attendance can be recorded once the session has started, from ")
                .endsWith(" at 10:00 (Europe/Paris)");
        assertThat(jdbc.sql("select count(*) from training_placement where session_id = ? and attended is not null").param(session)
                .query(Integer.class).single()).isZero();

        long later = session(4, "14:00", 10);
        theTrainingTookPlace(came);
        var stranger = post(HR, "/api/hr/training-sessions/" + session + "/attendance", Map.of("attended", List.of(came, 999_999_999L)));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().get("message").asText()).contains("not placed in this session");
        var checklist = post(HR, "/api/hr/training-sessions/" + session + "/attendance", Map.of("attended", List.of(came)));
        assertThat(checklist.status()).as(checklist.body()).isEqualTo(200);
        assertThat(checklist.json().get("attended").asInt()).isEqualTo(1);
        assertThat(checklist.json().get("noShows").asInt()).isEqualTo(1);

        await("the no-show placed into the later session and invited again", Duration.ofSeconds(20),
                () -> trainingSessionOf(missed).orElse(0L) == later && invitationsTo("missed@acme.example") == 2);
        assertThat(waitsForTraining(came)).as("the attendee's case moved on").isFalse();
        assertThat(waitsForTraining(missed)).isTrue();
        assertThat(invitationsTo("came@acme.example")).isEqualTo(1);

        var replay = post(HR, "/api/hr/training-sessions/" + session + "/attendance", Map.of("attended", List.of(came)));
        assertThat(replay.json().get("alreadyRecorded").asInt()).isEqualTo(2);
        assertThat(replay.json().get("noShows").asInt()).isZero();
        assertThat(jdbc.sql("select count(*) from training_placement where case_id = ?").param(missed).query(Integer.class).single())
                .as("the replay placed nobody again").isEqualTo(2);
    }

    @Test
    void theSameChecklistTwiceAtOnceMovesEachAttendeeOnOnceAndPlacesTheNoShowOnce() throws Exception {
        long session = aTrainingSessionWithRoom(10);
        long came = aDeveloperWhoseLaptopIsReady("twice.came@acme.example");
        long missed = aDeveloperWhoseLaptopIsReady("twice.missed@acme.example");
        await("both invited", Duration.ofSeconds(20),
                () -> invitationsTo("twice.came@acme.example") == 1 && invitationsTo("twice.missed@acme.example") == 1);
        long later = session(5, "09:00", 10);
        theTrainingTookPlace(came);

        List<Reply> replies = twiceAtOnce(() -> post(HR, "/api/hr/training-sessions/" + session + "/attendance",
                Map.of("attended", List.of(came))));

        assertThat(replies).extracting(Reply::status).containsOnly(200);
        assertThat(replies.stream().mapToInt(r -> r.json().get("attended").asInt()).sum()).as("attendees recorded by both").isEqualTo(1);
        assertThat(replies.stream().mapToInt(r -> r.json().get("noShows").asInt()).sum()).as("no-shows recorded by both").isEqualTo(1);
        assertThat(replies.stream().mapToInt(r -> r.json().get("alreadyRecorded").asInt()).sum()).isEqualTo(2);
        await("the no-show placed into the later session and invited again", Duration.ofSeconds(20),
                () -> trainingSessionOf(missed).orElse(0L) == later && invitationsTo("twice.missed@acme.example") == 2);
        Thread.sleep(1500); // a third invitation, if one had been queued, would have gone out by now
        assertThat(invitationsTo("twice.missed@acme.example")).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from training_placement where case_id = ?").param(missed).query(Integer.class).single())
                .as("sessions the no-show was placed into").isEqualTo(2);
        assertThat(waitsForTraining(came)).as("the attendee's case moved on").isFalse();
    }

    @Test
    void theSameSessionAddedTwiceAtOnceIsAddedOnceAndTheSecondIsToldWhy() throws Exception {
        String link = "https://meet.acme.example/twice-" + System.nanoTime();
        var session = Map.of("date", LocalDate.now().plusDays(6).toString(), "time", "11:30", "videoLink", link, "capacity", 12);

        List<Reply> replies = twiceAtOnce(() -> post(HR, "/api/hr/training-sessions", session));

        assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(201, 409);
        Reply second = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(second.json().get("message").asText()).startsWith("There is already a session on ").endsWith(" at 11:30 (Europe/Paris) "
                + "with this video link: it is on the list of sessions");
        assertThat(jdbc.sql("select count(*) from training_session where video_link = ?").param(link).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSessionIsRefusedInWordsWhenItsFieldsAreWrongOrItIsInThePast() {
        var refused = post(HR, "/api/hr/training-sessions", Map.of("date", "31/02/2026", "time", "25:00",
                "videoLink", "javascript:alert(1)", "capacity", 0));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("Date must be a date like 2026-03-16 or 16/03/2026",
                "Time must be a time like 09:30", "Video link must be one https:// link", "Capacity must be a whole number from 1 to 500");
        var past = post(HR, "/api/hr/training-sessions", Map.of("date", LocalDate.now().minusDays(1).toString(), "time", "10:00",
                "videoLink", "https://meet.acme.example/x", "capacity", 5));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("message").asText()).contains("must be in the future");
    }

    private long session(int days, String time, int capacity) {
        var created = post(HR, "/api/hr/training-sessions", Map.of("date", LocalDate.now().plusDays(days).toString(), "time", time,
                "videoLink", "https://meet.acme.example/s" + days + "-" + System.nanoTime(), "capacity", capacity));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** A relocated developer keeps their laptop: once IT has re-imaged it, their case goes to training. */
    private long aDeveloperWhoseLaptopIsReady(String workEmail) {
        String name = workEmail.substring(0, 1).toUpperCase() + workEmail.substring(1, workEmail.indexOf('@')) + " Developer";
        String businessKey = startOnboarding("profile", "developer", "caseType", "relocation", "workEmail", workEmail, "fullName", name);
        String image = get(IT, "/engine-rest/task?taskDefinitionKey=ImageLaptop&processInstanceBusinessKey=" + businessKey).json()
                .get(0).get("id").asText();
        var imaged = post(IT, "/engine-rest/task/" + image + "/submit-form", formValues("imageVersion", "W11-2026.11",
                "diskEncrypted", true, "antivirusActive", true, "firewallOn", true, "vpnProfileInstalled", true,
                "usbStorageBlocked", true, "autoUpdatesOn", true));
        assertThat(imaged.status()).as(imaged.body()).isEqualTo(204);
        return caseIdOf(businessKey);
    }

    private boolean waitsForTraining(long caseId) {
        return jdbc.sql("""
                select count(*) from act_ru_execution x join onboarding_case c on c.process_instance_id = x.proc_inst_id_
                where c.id = ? and x.act_id_ in ('AttendanceRecorded', 'WaitForTrainingSession', 'PlaceInTrainingSession')""")
                .param(caseId).query(Integer.class).single() > 0;
    }

    private static long caseIdOf(String businessKey) {
        return Long.parseLong(businessKey.substring("case-".length()));
    }

    private static long invitationsTo(String recipient) {
        return receivedBy(recipient).stream().filter(m -> subject(m).startsWith("Your remote training on collaboration tools")).count();
    }
}
