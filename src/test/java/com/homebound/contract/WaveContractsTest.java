package com.homebound.contract;

import static com.homebound.support.TestMailServer.receivedBy;
import static com.homebound.support.TestMailServer.subject;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.homebound.support.AppTestCase;

/** HR's contracts for a whole wave on PostgreSQL: one action sends everyone's document, a list records the signed copies. */
class WaveContractsTest extends AppTestCase {

    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;

    @Test
    void oneActionSendsEachPersonOfTheWaveTheirOwnDocumentReferenceAndMail() {
        long wave = aWave();
        String relocated = person("E-WA" + suffix(), "relocation", "ines.wave@acme.example", "ines@home.example", wave);
        String newHire = person("E-WB" + suffix(), "new-hire", "tom.wave@acme.example", "tom@home.example", wave);
        String elsewhere = person("E-WC" + suffix(), "relocation", "other.wave@acme.example", "other@home.example", null);

        var sent = post(HR, "/api/hr/waves/" + wave + "/contracts/send", java.util.Map.of());
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().get("sent").asInt()).isEqualTo(2);
        String amendment = referenceOf(relocated);
        String contract = referenceOf(newHire);
        assertThat(amendment).isEqualTo("AMD-" + String.format("%06d", caseIdOf(relocated)));
        assertThat(contract).isEqualTo("CTR-" + String.format("%06d", caseIdOf(newHire)));
        assertThat(sent.json().get("documents").findValuesAsText("reference")).containsExactlyInAnyOrder(amendment, contract);

        // Each person's own mail, with their own reference: the relocated person at work, the new hire at home.
        await("each person's mail", Duration.ofSeconds(20), () -> receivedBy("ines.wave@acme.example").size() == 1
                && receivedBy("tom@home.example").size() == 1);
        assertThat(subject(receivedBy("ines.wave@acme.example").get(0))).isEqualTo("Your telework amendment to sign, reference " + amendment);
        assertThat(subject(receivedBy("tom@home.example").get(0))).isEqualTo("Your contract with telework clause to sign, reference " + contract);
        assertThat(openTasks(relocated)).contains("RecordSignedContract").doesNotContain("SendAmendment");
        assertThat(openTasks(newHire)).contains("RecordSignedContract").doesNotContain("SendContract");
        assertThat(openTasks(elsewhere)).as("a case of no wave is left alone").contains("SendAmendment");
        // Reminders and escalations stay per person: each waits on its own timers.
        assertThat(managementService.createJobQuery().processInstanceId(instanceOf(relocated)).activityId("UnsignedAfter3Days").count()).isEqualTo(1);
        assertThat(managementService.createJobQuery().processInstanceId(instanceOf(newHire)).activityId("UnsignedAfter7Days").count()).isEqualTo(1);

        var again = post(HR, "/api/hr/waves/" + wave + "/contracts/send", java.util.Map.of());
        assertThat(again.json().get("sent").asInt()).isZero();
        assertThat(again.json().get("alreadySent").asInt()).isEqualTo(2);
        assertThat(referenceOf(relocated)).isEqualTo(amendment);
        assertThat(post(HR, "/api/hr/waves/999999/contracts/send", java.util.Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aSignedListRecordsGoodRowsReportsBadOnesByLineAndChangesNothingWhenReplayed() {
        long wave = aWave();
        String sfx = suffix();
        String good = person("E-SA" + sfx, "relocation", "sa" + sfx + "@acme.example", "sa@home.example", wave);
        String future = person("E-SB" + sfx, "relocation", "sb" + sfx + "@acme.example", "sb@home.example", wave);
        String early = person("E-SC" + sfx, "new-hire", "sc" + sfx + "@acme.example", "sc@home.example", wave);
        assertThat(post(HR, "/api/hr/waves/" + wave + "/contracts/send", java.util.Map.of()).json().get("sent").asInt()).isEqualTo(3);
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        String list = "Matricule,signed on\n"
                + "E-SA" + sfx + "," + today + "\n"
                + "E-SB" + sfx + "," + LocalDate.now().plusDays(10) + "\n"
                + "E-SC" + sfx + "," + LocalDate.now().minusDays(2) + "\n"
                + "E-NOBODY,2026-03-16\n"
                + "E-SB" + sfx + ",32/13/2026\n";
        JsonNode report = postFile(HR, "/api/hr/contracts/signed", "signed.csv", list).json();

        assertThat(report.get("applied").asInt()).isEqualTo(1);
        assertThat(report.get("rejected")).hasSize(4);
        assertThat(reason(report, 3)).isEqualTo("Signed on cannot be in the future");
        assertThat(reason(report, 4)).isEqualTo("Signed on cannot be before the document was sent, on " + OffsetDateTime.now(java.time.ZoneOffset.UTC).toLocalDate());
        assertThat(reason(report, 5)).isEqualTo("No employee has the employee id E-NOBODY");
        assertThat(reason(report, 6)).isEqualTo("Signed on must be a date like 2026-03-16 or 16/03/2026");
        assertThat(jdbc.sql("select signed_on from contract where case_id = ?").param(caseIdOf(good)).query(LocalDate.class).single())
                .isEqualTo(LocalDate.now());
        assertThat(openTasks(good)).doesNotContain("RecordSignedContract");
        assertThat(openTasks(future)).as("a refused line leaves the task open").contains("RecordSignedContract");
        assertThat(openTasks(early)).contains("RecordSignedContract");

        String fixed = "employee_id,signed_on\nE-SA" + sfx + "," + today + "\nE-SB" + sfx + "," + LocalDate.now() + "\n";
        JsonNode replay = postFile(HR, "/api/hr/contracts/signed", "signed.csv", fixed).json();
        assertThat(replay.get("alreadyApplied").asInt()).isEqualTo(1);
        assertThat(replay.get("applied").asInt()).isEqualTo(1);
        assertThat(replay.get("rejected")).isEmpty();
        assertThat(openTasks(future)).doesNotContain("RecordSignedContract");
        assertThat(jdbc.sql("select signed_copy_reference from contract where case_id = ?").param(caseIdOf(good)).query(String.class).single())
                .isEqualTo(referenceOf(good) + "-SIGNED");
    }

    @Test
    void aSignedListSavedByFrenchExcelIsReadWithItsSemicolonsAndAccents() {
        long wave = aWave();
        String sfx = suffix();
        String signed = person("E-SF" + sfx, "relocation", "sf" + sfx + "@acme.example", "sf@home.example", wave);
        assertThat(post(HR, "/api/hr/waves/" + wave + "/contracts/send", java.util.Map.of()).json().get("sent").asInt()).isEqualTo(1);
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        // What HR's Excel saves in France: ";" between fields, Windows-1252, the columns in French.
        byte[] list = ("Matricule;Nom;Signé le\r\nE-SF" + sfx + ";Hélène Lefèvre;" + today + "\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        var reply = postFile(HR, "/api/hr/contracts/signed", "signes.csv", list);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("applied").asInt()).as(reply.body()).isEqualTo(1);
        assertThat(openTasks(signed)).doesNotContain("RecordSignedContract");
        assertThat(jdbc.sql("select signed_on from contract where case_id = ?").param(caseIdOf(signed)).query(LocalDate.class).single())
                .isEqualTo(LocalDate.now());
    }

    @Test
    void sendingTheWavesContractsTwiceAtOnceSendsEachPersonOneDocumentAndOneMail() throws Exception {
        long wave = aWave();
        String sfx = suffix();
        List<String> people = List.of(
                person("E-TA" + sfx, "relocation", "ta" + sfx + "@acme.example", "ta@home.example", wave),
                person("E-TB" + sfx, "relocation", "tb" + sfx + "@acme.example", "tb@home.example", wave),
                person("E-TC" + sfx, "relocation", "tc" + sfx + "@acme.example", "tc@home.example", wave));

        List<Reply> replies = twiceAtOnce(() -> post(HR, "/api/hr/waves/" + wave + "/contracts/send", java.util.Map.of()));

        assertThat(replies).extracting(Reply::status).containsOnly(200);
        assertThat(replies).as("neither click is told of a failure").allSatisfy(r -> assertThat(r.json().get("refused")).as(r.body()).isEmpty());
        assertThat(replies.stream().mapToInt(r -> r.json().get("sent").asInt()).sum()).as("documents sent by both clicks").isEqualTo(3);
        for (String businessKey : people) {
            assertThat(referenceOf(businessKey)).isEqualTo("AMD-" + String.format("%06d", caseIdOf(businessKey)));
            assertThat(openTasks(businessKey)).contains("RecordSignedContract").doesNotContain("SendAmendment");
        }
        await("each person's mail", Duration.ofSeconds(20), () -> receivedBy("ta" + sfx + "@acme.example").size() == 1
                && receivedBy("tb" + sfx + "@acme.example").size() == 1 && receivedBy("tc" + sfx + "@acme.example").size() == 1);
        Thread.sleep(1500); // a second mail, if one had been queued, would have gone out by now (the outbox polls every 0.5 s)
        assertThat(receivedBy("ta" + sfx + "@acme.example")).hasSize(1);
        assertThat(receivedBy("tb" + sfx + "@acme.example")).hasSize(1);
        assertThat(receivedBy("tc" + sfx + "@acme.example")).hasSize(1);
    }

    @Test
    void theSameSignedListTwiceAtOnceRecordsEachSignatureOnce() throws Exception {
        long wave = aWave();
        String sfx = suffix();
        List<String> people = new java.util.ArrayList<>();
        StringBuilder list = new StringBuilder("Employee id,Signed on\n");
        for (String letter : List.of("A", "B", "C", "D")) {
            people.add(person("E-R" + letter + sfx, "relocation", "r" + letter + sfx + "@acme.example", "r@home.example", wave));
            list.append("E-R").append(letter).append(sfx).append(',').append(LocalDate.now()).append('\n');
        }
        assertThat(post(HR, "/api/hr/waves/" + wave + "/contracts/send", java.util.Map.of()).json().get("sent").asInt()).isEqualTo(4);

        List<Reply> replies = twiceAtOnce(() -> postFile(HR, "/api/hr/contracts/signed", "signed.csv", list.toString()));

        assertThat(replies).extracting(Reply::status).containsOnly(200);
        assertThat(replies).as("no line refused").allSatisfy(r -> assertThat(r.json().get("rejected")).as(r.body()).isEmpty());
        assertThat(replies.stream().mapToInt(r -> r.json().get("applied").asInt()).sum()).as("signatures recorded by both copies").isEqualTo(4);
        assertThat(replies.stream().mapToInt(r -> r.json().get("alreadyApplied").asInt()).sum()).as("lines found already recorded").isEqualTo(4);
        for (String businessKey : people) {
            assertThat(openTasks(businessKey)).doesNotContain("RecordSignedContract");
            assertThat(jdbc.sql("""
                    select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
                    where p.business_key_ = ? and t.task_def_key_ = 'RecordSignedContract' and t.end_time_ is not null""")
                    .param(businessKey).query(Integer.class).single()).as("signatures recorded for %s", businessKey).isEqualTo(1);
        }
    }

    private long aWave() {
        jdbc.sql("""
                insert into wave (name, plan_level, site, target_date, status, created_by, created_at)
                values ('Contracts test', 3, 'Tours', ?, 'STARTING', 'hrtest', ?)""")
                .params(LocalDate.now().plusDays(10), OffsetDateTime.now()).update();
        return jdbc.sql("select max(id) from wave").query(Long.class).single();
    }

    /** A case started from HR's form, joined to the wave as a wave's batch would have registered it. */
    private String person(String employeeId, String caseType, String workEmail, String personalEmail, Long wave) {
        String businessKey = startOnboarding("employeeId", employeeId, "caseType", caseType, "workEmail", workEmail,
                "personalEmail", personalEmail, "fullName", "Wave Person");
        if (wave != null) {
            jdbc.sql("update onboarding_case set wave_id = ? where id = ?").params(wave, caseIdOf(businessKey)).update();
        }
        return businessKey;
    }

    private List<String> openTasks(String businessKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).list().stream().map(t -> t.getTaskDefinitionKey()).toList();
    }

    private String instanceOf(String businessKey) {
        return jdbc.sql("select process_instance_id from onboarding_case where id = ?").param(caseIdOf(businessKey)).query(String.class).single();
    }

    private String referenceOf(String businessKey) {
        return jdbc.sql("select reference from contract where case_id = ?").param(caseIdOf(businessKey)).query(String.class).single();
    }

    private static String reason(JsonNode report, int line) {
        for (JsonNode r : report.get("rejected")) {
            if (r.get("line").asInt() == line) {
                return r.get("reason").asText();
            }
        }
        throw new AssertionError("No rejection of line " + line + " in " + report);
    }

    private static long caseIdOf(String businessKey) {
        return Long.parseLong(businessKey.substring("case-".length()));
    }

    private static String suffix() {
        return String.valueOf(System.nanoTime() % 1_000_000);
    }
}
