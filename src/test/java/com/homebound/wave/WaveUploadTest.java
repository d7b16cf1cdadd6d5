package com.homebound.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.homebound.support.AppTestCase;
import com.homebound.support.WaveFiles;

/** HR puts many people to work from home from one file: checked first, then started in batches. */
class WaveUploadTest extends AppTestCase {

    private static final String FRENCH_HEADER = "Matricule;Nom;Email professionnel;Email personnel;Téléphone;Adresse;Code postal;"
            + "Ville;Pays;Date d'arrivée;Type;Profil;Box internet;Responsable";

    @Test
    void aDryRunReportsEachBadRowByLineAndWhatWouldStartAndWritesNothing() {
        String prefix = "D" + System.nanoTime() % 100000;
        // 500 rows, 20 of them wrong in a different way each time.
        String file = frenchFile(prefix, 500, i -> i % 25 == 7);
        int wavesBefore = count("wave");
        int casesBefore = count("onboarding_case");

        var reply = upload(file.getBytes(StandardCharsets.UTF_8), true, false);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(report.get("rows").asInt()).isEqualTo(500);
        assertThat(report.get("ready").asInt()).isEqualTo(480);
        assertThat(report.get("rejected").asInt()).isEqualTo(20);
        assertThat(report.get("problems").findValues("line")).extracting(JsonNode::asInt).contains(9, 34, 59);
        JsonNode first = report.get("problems").get(0);
        assertThat(first.get("column").asText()).isEqualTo("Email personnel");
        assertThat(first.get("problem").asText()).isEqualTo("Personal email must be one email address like name@example.com");
        assertThat(report.get("separator").asText()).isEqualTo(";");
        assertThat(report.get("itemsToProvide").get("Headset: Jabra Evolve2 40").asInt()).isEqualTo(480);
        assertThat(report.get("peoplePerSite").get("Tours").asInt()).isEqualTo(480);
        JsonNode forecast = report.get("forecast");
        assertThat(forecast.get("equippedBy").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(forecast.get("bottleneck").asText()).isNotBlank();
        assertThat(forecast.get("curve")).isNotEmpty();
        assertThat(count("wave")).isEqualTo(wavesBefore);
        assertThat(count("onboarding_case")).isEqualTo(casesBefore);
    }

    @Test
    void aWaveStartsItsGoodRowsAsCasesAndListsTheOthersToFixAndUploadAgain() {
        String prefix = "S" + System.nanoTime() % 100000;
        String file = frenchFile(prefix, 12, i -> i == 5);

        var reply = upload(file.getBytes(Charset.forName("windows-1252")), false, true);

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        long waveId = reply.json().get("waveId").asLong();
        assertThat(reply.json().get("charset").asText()).isEqualTo("windows-1252");
        await("the wave's cases to be registered", Duration.ofSeconds(60), () -> startedRows(waveId) == 11);
        assertThat(jdbc.sql("select count(*) from onboarding_case where wave_id = ?").param(waveId).query(Integer.class).single()).isEqualTo(11);
        assertThat(jdbc.sql("select full_name from employee where employee_number = ?").param(prefix + "-0001").query(String.class).single())
                .isEqualTo("Hélène Lefèvre 1");
        var view = get(HR, "/api/waves/" + waveId).json();
        assertThat(view.get("rows").get("STARTED").asInt()).isEqualTo(11);
        assertThat(view.get("people").asInt()).isEqualTo(11);
        assertThat(view.get("notStarted").get(0).get("line").asInt()).as("row 5 is on line 7, after the header").isEqualTo(7);

        // The bad row, fixed, joins the running wave on its own and starts.
        String fixed = FRENCH_HEADER + "\r\n" + row(prefix, 5, false) + "\r\n";
        var again = postFile(HR, "/api/waves/" + waveId + "/file", "fixed.csv", fixed);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("ready").asInt()).isEqualTo(1);
        await("the fixed row to start", Duration.ofSeconds(60), () -> startedRows(waveId) == 12);
        assertThat(get(HR, "/api/waves/" + waveId).json().get("notStarted")).isEmpty();
    }

    @Test
    void theSameFileTwiceStartsNoOneTwiceAndSaysWhy() {
        String prefix = "T" + System.nanoTime() % 100000;
        byte[] file = frenchFile(prefix, 6, i -> false).getBytes(StandardCharsets.UTF_8);

        long first = upload(file, false, true).json().get("waveId").asLong();
        var second = upload(file, false, true);

        assertThat(second.status()).as(second.body()).isEqualTo(400);
        JsonNode report = second.json().get("report");
        assertThat(report.get("duplicates").asInt()).isEqualTo(6);
        assertThat(report.get("duplicateRows").get(0).get("problem").asText())
                .matches("Employee " + prefix + "-0000 (is already waiting to start in wave \"PCA level 3, Tours\"|already has an onboarding case in progress)");
        await("the first wave's cases", Duration.ofSeconds(60), () -> startedRows(first) == 6);
        assertThat(casesOf(prefix)).isEqualTo(6);
    }

    @Test
    void twoOverlappingUploadsAtTheSameMomentStartEachPersonOnce() throws Exception {
        String prefix = "O" + System.nanoTime() % 100000;
        // Rows 0-9 in one file, rows 5-14 in the other: 5 people are in both.
        String a = FRENCH_HEADER + "\r\n" + String.join("\r\n", rows(prefix, 0, 10)) + "\r\n";
        String b = FRENCH_HEADER + "\r\n" + String.join("\r\n", rows(prefix, 5, 15)) + "\r\n";

        var one = CompletableFuture.supplyAsync(() -> upload(a.getBytes(StandardCharsets.UTF_8), false, true));
        var two = CompletableFuture.supplyAsync(() -> upload(b.getBytes(StandardCharsets.UTF_8), false, true));
        Reply first = one.get();
        Reply second = two.get();

        assertThat(List.of(first.status(), second.status())).containsOnly(202);
        int duplicates = first.json().get("duplicates").asInt() + second.json().get("duplicates").asInt();
        assertThat(duplicates).isEqualTo(5);
        long waveA = first.json().get("waveId").asLong();
        long waveB = second.json().get("waveId").asLong();
        await("both waves' cases", Duration.ofSeconds(90), () -> startedRows(waveA) + startedRows(waveB) == 15);
        assertThat(casesOf(prefix)).isEqualTo(15);
    }

    @Test
    void theFixedRowsSentTwiceAtOnceJoinTheWaveOnce() throws Exception {
        String prefix = "F" + System.nanoTime() % 100000;
        long waveId = upload(frenchFile(prefix, 4, i -> i == 2).getBytes(StandardCharsets.UTF_8), false, true).json().get("waveId").asLong();
        await("the wave's good rows to start", Duration.ofSeconds(60), () -> startedRows(waveId) == 3);
        String fixed = FRENCH_HEADER + "\r\n" + row(prefix, 2, false) + "\r\n";

        List<Reply> replies = twiceAtOnce(() -> postFile(HR, "/api/waves/" + waveId + "/file", "fixed.csv", fixed));

        assertThat(replies).extracting(Reply::status).containsOnly(200);
        assertThat(replies.stream().mapToInt(r -> r.json().get("ready").asInt()).sum()).as("rows taken by both copies").isEqualTo(1);
        assertThat(replies.stream().mapToInt(r -> r.json().get("duplicates").asInt()).sum()).as("rows found already there").isEqualTo(1);
        await("the fixed row to start", Duration.ofSeconds(60), () -> startedRows(waveId) == 4);
        assertThat(jdbc.sql("select count(*) from wave_person where wave_id = ?").param(waveId).query(Integer.class).single()).isEqualTo(4);
        assertThat(casesOf(prefix)).isEqualTo(4);
    }

    @Test
    void startingAWaveTwiceAtOnceStartsItOnceAndTellsTheSecondClickWhy() throws Exception {
        String prefix = "W" + System.nanoTime() % 100000;
        long waveId = upload(frenchFile(prefix, 3, i -> false).getBytes(StandardCharsets.UTF_8), false, false).json().get("waveId").asLong();
        await("HR's confirmation task", Duration.ofSeconds(30), () -> !get(HR, "/engine-rest/task?taskDefinitionKey=ConfirmWave"
                + "&processInstanceBusinessKey=wave-" + waveId).json().isEmpty());

        List<Reply> replies = twiceAtOnce(() -> post(HR, "/api/waves/" + waveId + "/start", java.util.Map.of()));

        assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
        Reply second = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(second.json().get("message").asText()).isEqualTo("The wave \"PCA level 3, Tours\" is already starting");
        await("the wave's cases", Duration.ofSeconds(60), () -> startedRows(waveId) == 3);
        assertThat(casesOf(prefix)).isEqualTo(3);
    }

    @Test
    void aWaveWaitsForHrsConfirmationWhenNotStartedWithTheUpload() {
        String prefix = "C" + System.nanoTime() % 100000;
        var reply = upload(frenchFile(prefix, 3, i -> false).getBytes(StandardCharsets.UTF_8), false, false);
        long waveId = reply.json().get("waveId").asLong();

        await("HR's confirmation task", Duration.ofSeconds(30), () -> !get(HR, "/engine-rest/task?taskDefinitionKey=ConfirmWave"
                + "&processInstanceBusinessKey=wave-" + waveId).json().isEmpty());
        assertThat(casesOf(prefix)).isZero();
        var started = post(HR, "/api/waves/" + waveId + "/start", java.util.Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        await("the confirmed wave's cases", Duration.ofSeconds(60), () -> startedRows(waveId) == 3);
        assertThat(post(HR, "/api/waves/" + waveId + "/start", java.util.Map.of()).status()).isEqualTo(409);
    }

    @Test
    void onlyHrCreatesWavesAndTheWavesFieldsAreCheckedInWords() {
        byte[] file = frenchFile("X", 1, i -> false).getBytes(StandardCharsets.UTF_8);
        assertThat(upload(IT, file, "PCA", "3", "Tours", "16/03/2026", true).status()).isEqualTo(403);
        var bad = upload(HR, file, "", "4", "Tours", "31/02/2026", true);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asText()).contains("Name is required").contains("Plan level must be 1 (alert), 2 (partial) or 3 (full)")
                .contains("Target date must be a date like 2026-03-16 or 16/03/2026");
    }

    // ---------------------------------------------------------------- files as HR's Excel writes them

    private static String frenchFile(String prefix, int people, IntPredicate broken) {
        List<String> lines = new ArrayList<>();
        lines.add(FRENCH_HEADER);
        for (int i = 0; i < people; i++) {
            lines.add(row(prefix, i, broken.test(i)));
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    private static List<String> rows(String prefix, int from, int to) {
        List<String> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            rows.add(row(prefix, i, false));
        }
        return rows;
    }

    /** A relocated call-centre agent with broadband in Tours: one headset to ship. A broken row has a list of emails. */
    private static String row(String prefix, int i, boolean broken) {
        String start = LocalDate.now().plusDays(5).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        return String.join(";", prefix + "-" + String.format("%04d", i), "Hélène Lefèvre " + i, "p" + i + "@acme.example",
                broken ? "a,b@maison.example" : "p" + i + "@maison.example", "+33 6 12 34 56 78", "\"" + i + ", rue de l'Église\"",
                "37000", "Tours", "France", start, "Passage en télétravail", "Conseiller", "oui", MANAGER);
    }

    private Reply upload(byte[] file, boolean dryRun, boolean start) {
        return upload(HR, file, "PCA level 3, Tours", "3", "Tours", "16/03/2026", dryRun, start);
    }

    private Reply upload(String user, byte[] file, String name, String level, String site, String target, boolean dryRun) {
        return upload(user, file, name, level, site, target, dryRun, false);
    }

    private Reply upload(String user, byte[] file, String name, String level, String site, String target, boolean dryRun, boolean start) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/waves?dryRun=" + dryRun + "&start=" + start))
                .header("Content-Type", "multipart/form-data; boundary=" + WaveFiles.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(WaveFiles.uploadBody(name, level, site, target, file))));
    }

    private int startedRows(long waveId) {
        return jdbc.sql("select count(*) from wave_person where wave_id = ? and status = 'STARTED'").param(waveId).query(Integer.class).single();
    }

    private int casesOf(String prefix) {
        return jdbc.sql("select count(*) from onboarding_case c join employee e on e.id = c.employee_id where e.employee_number like ?")
                .param(prefix + "-%").query(Integer.class).single();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
