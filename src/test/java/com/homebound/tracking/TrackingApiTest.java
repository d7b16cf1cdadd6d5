package com.homebound.tracking;

import static com.homebound.support.TestMailServer.receivedBy;
import static com.homebound.support.TestMailServer.subject;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.homebound.security.Roles;
import com.homebound.support.AppTestCase;

import jakarta.mail.internet.MimeMessage;

/**
 * The tracking data as managers, HR and IT get it over the API, on PostgreSQL: a manager's own people
 * only, in JSON and CSV alike; a CSV that French Excel opens and cannot run; one digest a day.
 */
class TrackingApiTest extends AppTestCase {

    @Autowired ManagerDigest digest;
    @Autowired WaveTracking waves;
    @Autowired TaskWaits taskWaits;

    @Test
    void aManagerSeesTheirOwnPeopleAndAnotherManagerSeesNoneOfThem() {
        String name = "Zoé Suivi " + System.nanoTime() % 100_000;
        long caseId = caseIdOf(startOnboarding("fullName", name));
        String otherManager = manager("managerother");

        JsonNode mine = get(MANAGER, "/api/tracking/people?limit=500").json();
        JsonNode person = find(mine.get("people"), caseId);
        assertThat(person).as("the manager's own person in %s", mine).isNotNull();
        assertThat(person.get("name").asText()).isEqualTo(name);
        assertThat(person.get("items")).as("the person's items").isNotEmpty();
        JsonNode headset = person.get("items").get(0);
        assertThat(headset.get("timeline")).extracting(step -> step.get("name").asText())
                .containsExactly("ordered", "received", "imaged", "shipped", "out for delivery", "delivered");
        assertThat(person.get("waitingOn")).as("what the case waits on").isNotEmpty();
        assertThat(person.get("expectedReady").asText()).isNotBlank();
        assertThat(person.get("links")).as("a manager has no task to open").isEmpty();
        assertThat(person.get("waveId").isNull()).as("a person outside any wave has no wave").isTrue();

        Reply theirs = get(otherManager, "/api/tracking/people?limit=500");
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.body()).doesNotContain(name);
        assertThat(get(otherManager, "/api/tracking/people/" + caseId).status()).isEqualTo(404);
        Reply csv = get(otherManager, "/api/tracking/people.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).doesNotContain(name).contains("Employee number;Name");

        JsonNode forHr = get(HR, "/api/tracking/people/" + caseId).json();
        assertThat(forHr.get("name").asText()).isEqualTo(name);
        assertThat(forHr.get("links").toString()).as("HR opens its own tasks from the page").contains("/camunda/app/tasklist/");
        assertThat(get(HR, "/api/tracking/people?status=ready&limit=500").body()).doesNotContain(name);
        assertThat(get(HR, "/api/tracking/people?status=in%20progress&limit=500").body()).contains(name);
        // After an upgrade, the tasks opened before the table existed are copied from the engine once.
        List<String> waits = waitingTasksOf(caseId);
        jdbc.sql("delete from case_waiting_task").update();
        taskWaits.copyTasksOpenedBefore();
        assertThat(waitingTasksOf(caseId)).as("what the case waits on, copied from the engine").isEqualTo(waits).isNotEmpty();

        Reply wrongStatus = get(HR, "/api/tracking/people?status=lost");
        assertThat(wrongStatus.status()).isEqualTo(400);
        assertThat(wrongStatus.body()).contains("Status must be");
    }

    @Test
    void theCsvOpensInFrenchExcelAndNoCellRunsAsAFormula() throws Exception {
        long employee = jdbc.sql("""
                insert into employee (employee_number, full_name, work_email, personal_email, phone, street, postal_code, city, country, manager_id)
                values (?, '=HYPERLINK("http://evil.example","Click")', 'w@acme.example', 'p@home.example', '+33 6', '1 rue', '37000', 'Tours', 'FR', ?)
                returning id""").params("+E" + System.nanoTime() % 1_000_000, "@csvmanager").query(Long.class).single();
        jdbc.sql("""
                insert into onboarding_case (employee_id, case_type, profile, has_broadband, start_date, status, created_at)
                values (?, 'relocation', 'call-centre-agent', true, ?, 'IN_PROGRESS', ?)""")
                .params(employee, LocalDate.now().plusDays(2), OffsetDateTime.now()).update();

        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/tracking/people.csv?status=in%20progress"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((HR + ":" + password(HR)).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] bytes = answer.body();
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElse("")).startsWith("Employee number;Name;Manager;");
        String line = text.lines().filter(l -> l.contains("HYPERLINK")).findFirst().orElseThrow();
        assertThat(line).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"", "\"'+E", "\"'@csvmanager\"");
    }

    @Test
    void eachManagerGetsOneDigestADayUnlessTheyTurnedItOff() {
        jdbc.sql("delete from manager_digest_run").update();
        // A manager of their own: the shared test manager has every other test's people, and a digest lists the first ones.
        String busy = manager("managerdigest");
        String name = "Digest Person " + System.nanoTime() % 100_000;
        startOnboarding("fullName", name, "managerId", busy);
        String quiet = manager("managerquiet");
        String quietsPerson = "Quiet Person " + System.nanoTime() % 100_000;
        startOnboarding("fullName", quietsPerson, "managerId", quiet);
        assertThat(put(quiet, "/api/tracking/digest", "{\"wanted\":false}").status()).isEqualTo(200);
        assertThat(get(quiet, "/api/tracking/me").json().get("digest").asBoolean()).isFalse();

        assertThat(digest.send()).as("managers told today").isPositive();
        assertThat(digest.send()).as("a second run the same day (another node)").isZero();

        await("the manager's digest", Duration.ofSeconds(20), () -> !digestsTo(busy + "@acme.example").isEmpty());
        sleep(1500);
        List<MimeMessage> digests = digestsTo(busy + "@acme.example");
        assertThat(digests).as("digests to the manager today").hasSize(1);
        assertThat(body(digests.get(0))).contains(name, "/tracking", "Daily digest");
        assertThat(digestsTo(quiet + "@acme.example")).as("digests to a manager who turned them off").isEmpty();
    }

    @Test
    void aWaveShowsItsPeoplePerStageTodayAndDayByDay() {
        long waveId = jdbc.sql("""
                insert into wave (name, plan_level, site, target_date, status, created_by, created_at)
                values ('Tours level 3', 3, 'Tours', ?, 'STARTED', 'hrtest', ?) returning id""")
                .params(LocalDate.now().plusDays(5), OffsetDateTime.now()).query(Long.class).single();
        for (String status : List.of("READY", "IN_PROGRESS", "IN_PROGRESS")) {
            long employee = jdbc.sql("""
                    insert into employee (employee_number, full_name, work_email, personal_email, phone, street, postal_code, city, country, manager_id)
                    values (?, 'Wave Person', 'w@acme.example', 'p@home.example', '+33 6', '1 rue', '37000', 'Tours', 'FR', 'nobody')
                    returning id""").param("W" + System.nanoTime() % 10_000_000).query(Long.class).single();
            jdbc.sql("""
                    insert into onboarding_case (employee_id, case_type, profile, has_broadband, start_date, status, created_at, ready_at, wave_id)
                    values (?, 'relocation', 'call-centre-agent', true, ?, ?, ?, ?, ?)""")
                    .params(employee, LocalDate.now(), status, OffsetDateTime.now(), "READY".equals(status) ? OffsetDateTime.now() : null, waveId).update();
        }
        waves.count(waveId);

        JsonNode view = get(HR, "/api/tracking/waves/" + waveId).json();
        assertThat(view.get("people").asInt()).isEqualTo(3);
        assertThat(view.get("stages").get("ready").asInt()).isEqualTo(1);
        assertThat(view.get("stages").get("registered").asInt()).isEqualTo(2);
        assertThat(view.get("overTime")).hasSize(1);
        assertThat(view.get("overTime").get(0).get("stages").get("ready").asInt()).isEqualTo(1);
        assertThat(get(HR, "/api/tracking/people?wave=" + waveId).json().get("people")).hasSize(3)
                .allSatisfy(p -> assertThat(p.get("waveId").asLong()).isEqualTo(waveId));
        assertThat(get(MANAGER, "/api/tracking/waves/" + waveId).status()).as("a manager follows people, not waves").isEqualTo(403);
        assertThat(get(IT, "/api/tracking/people.csv?wave=" + waveId).body().lines().count()).as("header and three people").isEqualTo(4);
    }

    private List<String> waitingTasksOf(long caseId) {
        return jdbc.sql("select task_key || '|' || coalesce(held_by, '') || '|' || coalesce(cast(bundle_item_id as varchar), '')"
                + " from case_waiting_task where case_id = ? order by task_id").param(caseId).query(String.class).list();
    }

    private String manager(String id) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName("Other");
            user.setEmail(id + "@acme.example");
            user.setPassword(password(id));
            identityService.saveUser(user);
            identityService.createMembership(id, Roles.MANAGERS);
        }
        return id;
    }

    private Reply put(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private long caseIdOf(String businessKey) {
        return Long.parseLong(businessKey.substring("case-".length()));
    }

    private static JsonNode find(JsonNode people, long caseId) {
        for (JsonNode p : people) {
            if (p.get("caseId").asLong() == caseId) {
                return p;
            }
        }
        return null;
    }

    private static List<MimeMessage> digestsTo(String address) {
        return receivedBy(address).stream().filter(m -> subject(m).startsWith("Your people's onboarding today")).toList();
    }

    private static String body(MimeMessage message) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
