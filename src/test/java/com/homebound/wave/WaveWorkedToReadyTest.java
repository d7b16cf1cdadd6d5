package com.homebound.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.AssetState;
import com.homebound.equipment.ItemType;
import com.homebound.purchasing.PurchaseOrder;
import com.homebound.security.Roles;
import com.homebound.shipping.ParcelReference;
import com.homebound.support.AppTestCase;
import com.homebound.support.TestDatabase;
import com.homebound.support.WaveFiles;

/**
 * Issue 9's measure: a 50-person wave from the wave issue's file is worked to ready the way the field
 * worked at scale, and nobody clicks a task for one person. HR and IT act on the whole wave (uploads, one
 * contract action, one training session and its checklist); the vendors' and carrier's systems report
 * (delivery notices, AfterShip webhooks). The engine's history then says how every person's task was closed.
 */
// One parcel per person: the headset from stock waits for the laptop (the default wait), as in production.
// That makes a second app context in the test JVM: it keeps away from the other app tests' engine name (engines
// register statically by name, and their REST API must keep "default") and from their database (below).
@TestPropertySource(properties = {"homebound.kit.wait=P2D", "camunda.bpm.process-engine-name=wavewalk"})
class WaveWorkedToReadyTest extends AppTestCase {

    private static final int PEOPLE = 50;
    private static final String LAPTOP = "Lenovo ThinkPad E14 Gen 6";
    /** The telecom operator's system, which posts Orange's delivery notices. */
    private static final String OPERATOR = "orangetest";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * This context's database: on the other app tests' database, their job executors would seal its kits at
     * once, and its executor would hold their kits for two days. The pool's own address is bound after
     * spring.datasource.url, which AppTestCase sets for every app test.
     */
    @DynamicPropertySource
    static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.hikari.jdbc-url", () -> TestDatabase.jdbcUrl("wavewalk"));
    }

    @Autowired ManagementService managementService;
    @Autowired AssetRepository assets;
    @Autowired RepositoryService repositoryService;
    @Autowired javax.sql.DataSource dataSource;

    /** What a person or system did to the wave: a batch action by a role, or a machine's report. */
    private record Action(boolean batch, String role, String what, String user, Instant from, Instant to, int lines) {
    }

    private final List<Action> actions = Collections.synchronizedList(new ArrayList<>());
    /** Every request this test made, "METHOD /path": none may touch one person's task. */
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    /** When each step of the walk was done, in seconds from its start. */
    private final Map<String, Double> laps = new LinkedHashMap<>();
    private long lapsFrom;

    @Test
    void aFiftyPersonWaveIsWorkedToReadyWithBatchActionsAndWebhooksAndNobodyClicksATaskForOnePerson() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).as("this test's own database").contains("wavewalk");
        }
        long t0 = System.nanoTime();
        lapsFrom = t0;
        jdbc.sql("update asset set state = 'WRITTEN_OFF' where state = 'IN_STOCK'").update();
        String prefix = "WW" + System.nanoTime() % 100_000;
        for (int i = 0; i < PEOPLE; i++) {
            assets.add(ItemType.HEADSET, "Jabra Evolve2 40", prefix + "-HS-" + i, "HB-" + prefix + "H" + i, AssetState.IN_STOCK);
        }
        // Orange's system speaks for Orange: IT links its user once (not per wave).
        operatorUser();
        var linked = send(IT, HttpRequest.newBuilder(uri("/api/vendors/Orange/users/" + OPERATOR)).PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(linked.status()).as(linked.body()).isBetween(200, 204);
        // Earlier sessions are full: the wave's people go to the session HR adds for them.
        jdbc.sql("update training_session set capacity = placed where placed < capacity").update();

        // 1. HR uploads the wave's file and starts it: 50 relocated call-centre agents in Tours, none with broadband.
        Reply wave = batch("HR", "Upload the wave's file and start it", HR, PEOPLE, () -> send(HR, HttpRequest.newBuilder(uri("/api/waves?start=true"))
                .header("Content-Type", "multipart/form-data; boundary=" + WaveFiles.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(WaveFiles.uploadBody("PCA level 3, Tours", WaveFiles.frenchExcel(prefix, PEOPLE, MANAGER))))));
        assertThat(wave.status()).as(wave.body()).isEqualTo(202);
        long waveId = wave.json().get("waveId").asLong();
        await("the wave's 50 cases to start", Duration.ofSeconds(90), () -> count(
                "select count(*) from wave_person where wave_id = ? and status = 'STARTED'", waveId) == PEOPLE);
        List<Long> cases = jdbc.sql("select id from onboarding_case where wave_id = ? order by id").param(waveId).query(Long.class).list();
        assertThat(cases).hasSize(PEOPLE);
        assertThat(count("""
                select count(*) from bundle_item b join onboarding_case c on c.id = b.case_id
                where c.wave_id = ? and b.item_type = 'FOUR_G_BOX' and b.drop_shipped""", waveId)).as("a 4G box each, from the operator").isEqualTo(PEOPLE);
        lap("the wave's 50 cases started");

        // 2. The wave's purchase orders go out once everyone started; Bechtle's system notices the laptops.
        await("the wave to wait before counting", Duration.ofSeconds(60), () -> countingTimer(waveId) != null);
        managementService.executeJob(countingTimer(waveId).getId()); // "A while later": now rather than in 15 minutes
        await("the 50 laptops to wait for Bechtle", Duration.ofSeconds(60), () -> openTasks(waveId, "ReceiveFromVendor") == PEOPLE);
        var laptopLine = jdbc.sql("""
                select o.id, l.line_no from purchase_order o join purchase_order_line l on l.purchase_order_id = o.id
                where o.wave_id = ? and o.vendor = 'Bechtle' and l.model = ?""").params(waveId, LAPTOP)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        StringBuilder bechtle = new StringBuilder("po_number,line,serial_number,asset_tag,ship_date\n");
        for (int i = 0; i < PEOPLE; i++) {
            bechtle.append(PurchaseOrder.number(laptopLine[0])).append(',').append(laptopLine[1]).append(',').append(serial(prefix, i))
                    .append(",HB-").append(prefix).append('L').append(i).append(',').append(LocalDate.now()).append('\n');
        }
        Reply bechtleNotice = machine("Bechtle's system", "Delivery notice for the wave's laptops (serial numbers, asset tags)", VENDOR, PEOPLE,
                () -> postFile(VENDOR, "/api/vendors/delivery-notices", "asn.csv", bechtle.toString()));
        assertThat(applied(bechtleNotice)).isEqualTo(PEOPLE);

        // The operator's system notices each person's 4G box, sent straight to their home, with its carrier and tracking number.
        await("an order per person to Orange, placed", Duration.ofSeconds(60), () -> count("""
                select count(*) from purchase_order o join bundle_item b on b.id = o.bundle_item_id join onboarding_case c on c.id = b.case_id
                where c.wave_id = ? and o.vendor = 'Orange' and o.status = 'PLACED'""", waveId) == PEOPLE);
        List<Long> boxOrders = jdbc.sql("""
                select o.id from purchase_order o join bundle_item b on b.id = o.bundle_item_id join onboarding_case c on c.id = b.case_id
                where c.wave_id = ? and o.vendor = 'Orange' order by o.id""").param(waveId).query(Long.class).list();
        StringBuilder orange = new StringBuilder("po_number,line,serial_number,asset_tag,ship_date,carrier,tracking_number\n");
        List<String> boxTracking = new ArrayList<>();
        for (int i = 0; i < boxOrders.size(); i++) {
            String tracking = "6A" + prefix + "B" + i;
            boxTracking.add(tracking);
            orange.append(PurchaseOrder.number(boxOrders.get(i))).append(",1,").append(prefix).append("-BOX-").append(i).append(",,")
                    .append(LocalDate.now()).append(",Colissimo,").append(tracking).append('\n');
        }
        Reply orangeNotice = machine("Orange's system", "Delivery notice for the drop-shipped 4G boxes (carrier, tracking number)", OPERATOR, PEOPLE,
                () -> postFile(OPERATOR, "/api/vendors/delivery-notices", "asn.csv", orange.toString()));
        assertThat(applied(orangeNotice)).isEqualTo(PEOPLE);
        lap("laptops and 4G boxes noticed by their vendors");

        // 3. HR sends the wave's amendments in one action, then records the signed copies from a list.
        await("everyone's amendment to send", Duration.ofSeconds(30), () -> openTasks(waveId, "SendAmendment") == PEOPLE);
        Reply sent = batch("HR", "Send the wave's contracts (one action)", HR, PEOPLE,
                () -> post(HR, "/api/hr/waves/" + waveId + "/contracts/send", Map.of()));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().get("sent").asInt()).as(sent.body()).isEqualTo(PEOPLE);
        await("everyone's signed copy to record", Duration.ofSeconds(30), () -> openTasks(waveId, "RecordSignedContract") == PEOPLE);
        StringBuilder signed = new StringBuilder("Matricule;Signé le\r\n");
        for (int i = 0; i < PEOPLE; i++) {
            signed.append(prefix).append('-').append(i).append(';').append(LocalDate.now()).append("\r\n");
        }
        Reply signedList = batch("HR", "Upload the signed contracts list", HR, PEOPLE,
                () -> postFile(HR, "/api/hr/contracts/signed", "signes.csv", signed.toString()));
        assertThat(applied(signedList)).isEqualTo(PEOPLE);
        lap("contracts sent and signed");

        // 4. IT uploads the accounts list, then the bench's imaging report for the laptops Bechtle delivered.
        await("everyone's accounts to set up", Duration.ofSeconds(30), () -> openTasks(waveId, "SetUpAccountsAndVpn") == PEOPLE);
        StringBuilder accounts = new StringBuilder("Employee id,Work email,Account login,VPN profile,MFA enrolled\n");
        for (int i = 0; i < PEOPLE; i++) {
            accounts.append(prefix).append('-').append(i).append(",p").append(i).append("@acme.example,agent")
                    .append(prefix.toLowerCase()).append('.').append(i).append(",call-centre-full-tunnel,yes\n");
        }
        Reply accountsList = batch("IT", "Upload the accounts and VPN list", IT, PEOPLE,
                () -> postFile(IT, "/api/it/accounts-lists", "accounts.csv", accounts.toString()));
        assertThat(applied(accountsList)).isEqualTo(PEOPLE);

        await("the 50 laptops to image", Duration.ofSeconds(60), () -> openTasks(waveId, "ImageLaptop") == PEOPLE);
        StringBuilder bench = new StringBuilder("Serial number,Image version,Disk encryption,Antivirus / EDR,Firewall,VPN profile,"
                + "USB storage blocked,Automatic security updates\n");
        for (int i = 0; i < PEOPLE; i++) {
            bench.append(serial(prefix, i)).append(",W11-2026.11,yes,yes,yes,yes,yes,yes\n");
        }
        Reply benchReport = batch("IT", "Upload the imaging bench's report", IT, PEOPLE,
                () -> postFile(IT, "/api/it/imaging-reports", "bench.csv", bench.toString()));
        assertThat(applied(benchReport)).isEqualTo(PEOPLE);
        lap("accounts set up and laptops imaged");

        // 5. Each person's laptop and headset are sealed in one kit; the carrier's platform reports each under our reference.
        await("one kit per person sealed for the carrier", Duration.ofSeconds(90), () -> openTasks(waveId, "ShipToHome") == PEOPLE);
        List<long[]> kits = jdbc.sql("""
                select s.id, (select count(*) from kit_item k where k.shipment_id = s.id) from shipment s join onboarding_case c on c.id = s.case_id
                where c.wave_id = ? and not s.from_vendor order by s.id""").param(waveId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        assertThat(kits).as("one kit per person").hasSize(PEOPLE).allSatisfy(kit -> assertThat(kit[1]).as("items in kit %s", kit[0]).isEqualTo(2));
        OffsetDateTime now = OffsetDateTime.now();
        for (long[] kit : kits) {
            String tracking = "CW" + prefix + "K" + kit[0];
            webhook(tracking, ParcelReference.ofKit(kit[0]), "InfoReceived", now.minusMinutes(30));
        }
        for (long[] kit : kits) {
            webhook("CW" + prefix + "K" + kit[0], null, "Delivered", now.minusMinutes(2));
        }
        assertThat(count("select count(*) from shipment s join onboarding_case c on c.id = s.case_id where c.wave_id = ? and not s.from_vendor "
                + "and s.state = 'DELIVERED' and s.confirmed_by = 'aftership'", waveId)).isEqualTo(PEOPLE);
        lap("kits shipped and delivered");

        // 6. Everyone's laptop arrived: HR sees 50 people waiting for a session and adds one with room for them,
        // starting at the next whole minute at least 30 s away (placement takes sessions that have not started).
        await("everyone to wait for a training session", Duration.ofSeconds(60), () -> count("""
                select count(*) from act_ru_execution x join onboarding_case c on c.process_instance_id = x.proc_inst_id_
                where c.wave_id = ? and x.act_id_ = 'WaitForTrainingSession'""", waveId) == PEOPLE);
        assertThat(get(HR, "/api/hr/training-sessions").json().get("waitingForASession").asInt()).isEqualTo(PEOPLE);
        ZonedDateTime startsAt = ZonedDateTime.now(PARIS).plusSeconds(30).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        Reply session = batch("HR", "Add a training session for 50", HR, 1, () -> post(HR, "/api/hr/training-sessions", Map.of(
                "date", startsAt.toLocalDate().toString(), "time", startsAt.toLocalTime().toString(),
                "videoLink", "https://meet.acme.example/pca-tours", "capacity", PEOPLE)));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        long sessionId = session.json().get("id").asLong();

        // Meanwhile the operator's boxes arrive: the same platform reports them under the operator's tracking numbers.
        for (String tracking : boxTracking) {
            webhook(tracking, null, "Delivered", now.minusMinutes(1));
        }
        // A case placed once the session has started would wait for the next one: this would time out.
        await("everyone placed into the session before it starts at " + startsAt.toLocalTime(), Duration.ofSeconds(60), () -> count(
                "select count(*) from training_placement where session_id = ?", sessionId) == PEOPLE);
        await("everyone invited", Duration.ofSeconds(60), () -> count(
                "select count(*) from training_placement where session_id = ? and invited_at is not null", sessionId) == PEOPLE);
        await("the session to start", Duration.ofSeconds(90), () -> !Instant.now().isBefore(startsAt.toInstant()));
        Reply attendance = batch("HR", "Record the session's attendance (its checklist)", HR, PEOPLE,
                () -> post(HR, "/api/hr/training-sessions/" + sessionId + "/attendance", Map.of("attended", cases)));
        assertThat(attendance.status()).as(attendance.body()).isEqualTo(200);
        assertThat(attendance.json().get("attended").asInt()).isEqualTo(PEOPLE);
        lap("session attendance recorded (after waiting for its start)");

        // 7. Everyone is ready, and no task of theirs is left.
        await("every case of the wave to be ready", Duration.ofSeconds(90), () -> count(
                "select count(*) from onboarding_case where wave_id = ? and status = 'READY'", waveId) == PEOPLE);
        assertThat(count("""
                select count(*) from act_ru_task t join act_ru_execution x on x.id_ = t.proc_inst_id_
                where x.business_key_ in (select 'case-' || id from onboarding_case where wave_id = ?)""", waveId)).isZero();
        lap("every case ready");
        double seconds = (System.nanoTime() - t0) / 1e9;

        // How each person's tasks were closed, from the engine's history.
        List<ClosedTask> tasks = closedTasks(waveId);
        Map<String, Map<String, Integer>> byTask = new TreeMap<>();
        for (ClosedTask task : tasks) {
            byTask.computeIfAbsent(task.name(), k -> new TreeMap<>()).merge(closedBy(task), 1, Integer::sum);
        }
        long individually = tasks.stream().filter(t -> closedBy(t).startsWith("clicked")).count();
        assertThat(requests).as("the test never opened, claimed or completed one person's task").noneMatch(r -> r.contains("/engine-rest/task"));
        assertThat(tasks).as("every task of the wave's cases").hasSizeGreaterThanOrEqualTo(PEOPLE * 7);
        assertThat(individually).as("tasks a human completed one by one: %s", byTask).isZero();
        double perPerson = (double) individually / PEOPLE;
        assertThat(perPerson).as("human tasks clicked individually per person (goal ≤ 4)").isLessThanOrEqualTo(4);

        Path report = Path.of("target", "wave-walk.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, report(tasks.size(), byTask, perPerson, seconds), StandardCharsets.UTF_8);
        System.out.println(Files.readString(report));
    }

    // ---------------------------------------------------------------- the measure

    /** A user task of one of the wave's cases, how it ended, and who completed it if someone was logged in. */
    private record ClosedTask(String name, String deleteReason, String completedBy, Instant completedAt) {
    }

    /**
     * The wave's cases' user tasks (onboarding, provisioning, kit shipment, incidents: every process under the
     * case's business key), with the engine's user operation log: it records who completed a task when a user
     * was logged in, and nothing when a webhook, a delivery notice or the job executor moved the process on.
     */
    private List<ClosedTask> closedTasks(long waveId) {
        return jdbc.sql("""
                select t.proc_def_id_, t.task_def_key_, t.delete_reason_, o.user_id_, o.timestamp_ from act_hi_taskinst t
                join act_hi_procinst p on p.id_ = t.proc_inst_id_
                left join act_hi_op_log o on o.task_id_ = t.id_ and o.operation_type_ = 'Complete' and o.entity_type_ = 'Task'
                where p.business_key_ in (select 'case-' || id from onboarding_case where wave_id = ?)""").param(waveId)
                .query((rs, n) -> new ClosedTask(taskName(rs.getString(1), rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant())).list();
    }

    /** The task's name in its diagram ("Ship kit to employee's home"), without the person's name Tasklist adds. */
    private String taskName(String processDefinitionId, String taskKey) {
        return repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey).getAttributeValue("name");
    }

    /** By a machine, by one of the batch actions (its user, during its call), or clicked by a human for this one person. */
    private String closedBy(ClosedTask task) {
        if (task.completedBy() == null) {
            return "completed".equals(task.deleteReason()) ? "a machine's report" : "a machine's report (its event ended the task)";
        }
        synchronized (actions) {
            for (Action action : actions) {
                if (action.batch() && action.user().equals(task.completedBy()) && !task.completedAt().isBefore(action.from().truncatedTo(ChronoUnit.MILLIS))
                        && !task.completedAt().isAfter(action.to().plusMillis(1))) {
                    return "batch: " + action.what();
                }
            }
        }
        return "clicked individually by " + task.completedBy();
    }

    private String report(int taskCount, Map<String, Map<String, Integer>> byTask, double perPerson, double seconds) {
        StringBuilder md = new StringBuilder("# A 50-person wave worked to ready (WaveWorkedToReadyTest)\n\n");
        md.append("50 relocated call-centre agents in Tours without broadband (the wave issue's file): a laptop bought on the wave's ")
                .append("order from Bechtle, a headset from stock, a 4G box drop-shipped by Orange. Worked in ")
                .append(String.format("%.0f s", seconds)).append(" on PostgreSQL.\n\n");
        md.append("| measure | count |\n|---|---|\n");
        md.append("| user tasks per person in the engine's history | ").append(fmt((double) taskCount / PEOPLE)).append(" |\n");
        md.append("| human tasks clicked individually per person (goal ≤ 4) | ").append(fmt(perPerson)).append(" |\n");
        long batchActions = actions.stream().filter(Action::batch).count();
        md.append("| batch actions per wave (HR and IT) | ").append(batchActions).append(" |\n");
        md.append("| user tasks closed by a batch action, per person | ").append(fmt(byTask.values().stream().flatMap(m -> m.entrySet().stream())
                .filter(e -> e.getKey().startsWith("batch")).mapToInt(Map.Entry::getValue).sum() / (double) PEOPLE)).append(" |\n");
        md.append("| user tasks closed by a machine's report, per person | ").append(fmt(byTask.values().stream().flatMap(m -> m.entrySet().stream())
                .filter(e -> e.getKey().startsWith("a machine")).mapToInt(Map.Entry::getValue).sum() / (double) PEOPLE)).append(" |\n");
        md.append("| machine reports per wave (files and webhook calls) | ").append(actions.stream().filter(a -> !a.batch()).count()).append(" |\n\n");

        md.append("## Each person's tasks, and what closed them\n\n| task | tasks | closed by |\n|---|---|---|\n");
        byTask.forEach((name, by) -> by.forEach((how, n) -> md.append("| ").append(name).append(" | ").append(n).append(" | ").append(how).append(" |\n")));

        md.append("\n## Batch actions per wave, by role\n\n| role | batch actions per wave |\n|---|---|\n");
        Map<String, Long> perRole = new LinkedHashMap<>();
        for (String role : List.of("HR", "IT", "Carrier")) {
            perRole.put(role, actions.stream().filter(a -> a.batch() && a.role().equals(role)).count());
        }
        perRole.forEach((role, n) -> md.append("| ").append(role).append(" | ").append(n).append(" |\n"));
        md.append("\n| role | action | people or lines |\n|---|---|---|\n");
        actions.stream().filter(Action::batch).forEach(a -> md.append("| ").append(a.role()).append(" | ").append(a.what()).append(" | ")
                .append(a.lines()).append(" |\n"));

        md.append("\n## Machine reports per wave\n\n| system | report | calls | lines |\n|---|---|---|---|\n");
        Map<String, int[]> machines = new LinkedHashMap<>();
        actions.stream().filter(a -> !a.batch()).forEach(a -> {
            int[] sum = machines.computeIfAbsent(a.role() + " | " + a.what(), k -> new int[2]);
            sum[0]++;
            sum[1] += a.lines();
        });
        machines.forEach((what, sum) -> md.append("| ").append(what).append(" | ").append(sum[0]).append(" | ").append(sum[1]).append(" |\n"));
        md.append("\n## Where the time went\n\n| done | after |\n|---|---|\n");
        laps.forEach((done, at) -> md.append("| ").append(done).append(" | ").append(String.format("%.0f s", at)).append(" |\n"));
        md.append("\nNot counted: IT linked Orange's system to its vendor user once (not per wave), and the test ran the wave's ")
                .append("\"A while later\" timer at once instead of waiting 15 minutes for the wave's purchase orders.\n");
        return md.toString();
    }

    private void lap(String done) {
        laps.put(done, (System.nanoTime() - lapsFrom) / 1e9);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.2f", value);
    }

    // ---------------------------------------------------------------- the people and systems

    private Reply batch(String role, String what, String user, int lines, Supplier<Reply> call) {
        return act(true, role, what, user, lines, call);
    }

    private Reply machine(String system, String what, String user, int lines, Supplier<Reply> call) {
        return act(false, system, what, user, lines, call);
    }

    private Reply act(boolean batch, String role, String what, String user, int lines, Supplier<Reply> call) {
        Instant from = Instant.now();
        Reply reply = call.get();
        actions.add(new Action(batch, role, what, user, from, Instant.now(), lines));
        return reply;
    }

    /** The carrier's tracking platform (AfterShip) reports a parcel, signed; with our reference the first time. */
    private void webhook(String tracking, String reference, String tag, OffsetDateTime at) {
        String body = """
                {"event": "tracking_update", "event_id": "%s", "msg": {"tracking_number": "%s", "slug": "colissimo",%s
                 "tag": "%s", "checkpoints": [{"checkpoint_time": "%s", "location": "Tours", "message": "%s"}]}}"""
                .formatted(tracking + "-" + tag, tracking, reference == null ? "" : " \"order_id\": \"" + reference + "\",", tag, at, tag);
        Reply reply = machine("Colissimo's tracking platform", "AfterShip webhook", null, 1,
                () -> send(null, HttpRequest.newBuilder(uri("/api/carriers/aftership/webhook")).header("Content-Type", "application/json")
                        .header("aftership-hmac-sha256", signAfterShip(body)).POST(HttpRequest.BodyPublishers.ofString(body))));
        assertThat(reply.status()).as("%s %s: %s", tracking, tag, reply.body()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).as("%s %s: %s", tracking, tag, reply.body()).isEqualTo("applied");
    }

    @Override
    protected Reply send(String user, HttpRequest.Builder request) {
        HttpRequest seen = request.copy().build();
        requests.add(seen.method() + " " + seen.uri().getPath());
        return super.send(user, request);
    }

    private void operatorUser() {
        if (identityService.createUserQuery().userId(OPERATOR).count() == 0) {
            User user = identityService.newUser(OPERATOR);
            user.setFirstName("Orange");
            user.setLastName("ASN");
            user.setEmail(OPERATOR + "@orange.example");
            user.setPassword(password(OPERATOR));
            identityService.saveUser(user);
            identityService.createMembership(OPERATOR, Roles.VENDORS);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String serial(String prefix, int i) {
        return "PF" + prefix + "N" + i;
    }

    /** The lines a file applied, once its upload was answered 200. */
    private static int applied(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("applied").asInt();
    }

    private int count(String sql, long waveId) {
        return jdbc.sql(sql).param(waveId).query(Integer.class).single();
    }

    /** Open tasks of this key in the wave's cases, all processes under the case's business key. */
    private int openTasks(long waveId, String taskKey) {
        return jdbc.sql("""
                select count(*) from act_ru_task t join act_ru_execution x on x.id_ = t.proc_inst_id_
                where t.task_def_key_ = ? and x.business_key_ in (select 'case-' || id from onboarding_case where wave_id = ?)""")
                .params(taskKey, waveId).query(Integer.class).single();
    }

    private Job countingTimer(long waveId) {
        String process = jdbc.sql("select process_instance_id from wave where id = ?").param(waveId).query(String.class).single();
        return managementService.createJobQuery().processInstanceId(process).activityId("WaitBeforeCounting").singleResult();
    }
}
