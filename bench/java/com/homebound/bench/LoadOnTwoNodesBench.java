package com.homebound.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.homebound.security.Roles;
import com.homebound.support.AppNode;
import com.homebound.support.WaveAcrossNodes;

/**
 * A sustained mix on two nodes behind no proxy (each client alternates between them), for
 * {@code -Dhomebound.load.minutes} (10 by default): HR starts cases, IT refreshes its Tasklist, the
 * carrier ships kits from Tasklist, the carrier's platform posts signed tracking events, managers
 * open their tracking page. Reported: calls, errors and p95 per kind, and rows lost (cases HR was told
 * had started that are missing, parcels shipped that are missing, events answered that were not
 * recorded). Figures go to target/bench/load-two-nodes.md.
 */
class LoadOnTwoNodesBench {

    private static final int MINUTES = Integer.getInteger("homebound.load.minutes", 10);
    private static final String CARRIER = "carriernode";
    private static final String IT = "itnode";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, Integer>> errorStatuses = new ConcurrentHashMap<>();
    private final List<String> startedKeys = Collections.synchronizedList(new ArrayList<>());
    private final List<String> shippedTracking = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<String> parcels = new ConcurrentLinkedQueue<>();
    private final List<String> eventsAnswered = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aSustainedMixOnTwoNodes() throws Exception {
        var wave = new WaveAcrossNodes("bench_load");
        // No kit wait: a relocated agent's only item, a headset from stock, ships at once.
        String[] settings = {"--homebound.kit.wait=PT0S"};
        try (AppNode first = wave.startNode("load-1", settings); AppNode second = wave.startNode("load-2", settings)) {
            wave.createUsers(first);
            first.createUser(IT, Roles.IT);
            first.createUser(CARRIER, Roles.CARRIERS);
            first.send(AppNode.ADMIN, HttpRequest.newBuilder(first.uri("/engine-rest/group/carrierColissimo/members/" + CARRIER))
                    .PUT(HttpRequest.BodyPublishers.noBody()));
            wave.execute("insert into asset (item_type, model, serial_number, asset_tag, state, updated_at) select 'HEADSET', 'Jabra Evolve2 40', "
                    + "'LOAD-HS-' || g, 'HB-L' || g, 'IN_STOCK', current_timestamp from generate_series(1, 20000) g");
            AppNode[] nodes = {first, second};
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger next = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(5);
            long end = System.nanoTime() + Duration.ofMinutes(MINUTES).toNanos();
            OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);

            clients.submit(loop(running, end, 300, i -> {   // HR: a case start every 0.3 s or so
                int n = next.getAndIncrement();
                HttpResponse<String> r = call("hr start (submit-form)", nodes[n % 2], WaveAcrossNodes.HR, "POST",
                        "/engine-rest/process-definition/key/onboarding/submit-form", startForm(n));
                if (r != null && r.statusCode() == 200) {
                    startedKeys.add(JSON.readTree(r.body()).get("businessKey").asText());
                }
            }));
            clients.submit(loop(running, end, 250, i -> call("IT Tasklist query", nodes[i % 2], IT, "GET",
                    "/engine-rest/task?candidateGroup=it&sortBy=created&sortOrder=desc&maxResults=50", null)));
            clients.submit(loop(running, end, 400, i -> {   // the carrier ships the newest kit in Tasklist
                HttpResponse<String> list = call("carrier Tasklist query", nodes[i % 2], CARRIER, "GET",
                        "/engine-rest/task?taskDefinitionKey=ShipToHome&sortBy=created&sortOrder=desc&maxResults=1", null);
                if (list == null || list.statusCode() != 200) {
                    return;
                }
                JsonNode tasks = JSON.readTree(list.body());
                if (tasks.isEmpty()) {
                    return;
                }
                String tracking = "LOAD" + System.nanoTime() % 10_000_000_000L;
                HttpResponse<String> shipped = call("carrier ships a kit (submit-form)", nodes[(i + 1) % 2], CARRIER, "POST",
                        "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form",
                        "{\"variables\": {\"trackingNumber\": {\"value\": \"" + tracking + "\"}}}");
                if (shipped != null && shipped.statusCode() == 204) {
                    shippedTracking.add(tracking);
                    parcels.add(tracking);
                }
            }, Map.of(404, "another client shipped it first", 500, "")));
            clients.submit(loop(running, end, 50, i -> {   // the carrier's platform: events for shipped parcels
                String tracking = parcels.peek();
                if (tracking == null) {
                    return;
                }
                String id = "load-" + i;
                String body = """
                        {"event_id": "%s", "msg": {"tracking_number": "%s", "slug": "colissimo", "tag": "InTransit",
                         "checkpoints": [{"checkpoint_time": "%s", "location": "Hub %d"}]}}""".formatted(id, tracking, t0.plusSeconds(i), i);
                if (i % 20 == 19) {
                    parcels.poll();
                }
                HttpResponse<String> r = post(nodes[i % 2], "/api/carriers/aftership/webhook", body, "webhook (signed event)");
                if (r != null && r.statusCode() / 100 == 2) {
                    eventsAnswered.add(id);
                }
            }));
            clients.submit(loop(running, end, 500, i -> call("manager tracking page data", nodes[i % 2], WaveAcrossNodes.MANAGER, "GET",
                    "/api/tracking/people", null)));
            clients.shutdown();
            clients.awaitTermination(MINUTES + 2, TimeUnit.MINUTES);
            running.set(false);
            Thread.sleep(10_000);

            int casesMissing = 0;
            for (String key : startedKeys) {
                casesMissing += wave.count("select count(*) from act_ru_execution x join act_re_procdef d on d.id_ = x.proc_def_id_ where d.key_ = 'onboarding'"
                        + " and x.business_key_ = '" + key + "' and x.id_ = x.proc_inst_id_") == 1 ? 0 : 1;
            }
            int parcelsMissing = 0;
            for (String tracking : shippedTracking) {
                parcelsMissing += wave.count("select count(*) from shipment where tracking_number = '" + tracking + "'") == 1 ? 0 : 1;
            }
            int eventsMissing = eventsAnswered.size() - wave.count("select count(*) from tracking_event where dedupe_key like 'aftership:load-%'");
            write(first, second, casesMissing, parcelsMissing, eventsMissing);
        }
    }

    interface Step {
        void run(int i) throws Exception;
    }

    private Runnable loop(AtomicBoolean running, long end, long everyMillis, Step step) {
        return loop(running, end, everyMillis, step, Map.of());
    }

    private Runnable loop(AtomicBoolean running, long end, long everyMillis, Step step, Map<Integer, String> expected) {
        return () -> {
            for (int i = 0; running.get() && System.nanoTime() < end; i++) {
                long t = System.nanoTime();
                try {
                    step.run(i);
                } catch (Exception e) {
                    errors.computeIfAbsent("client exception: " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                }
                long left = everyMillis - (System.nanoTime() - t) / 1_000_000;
                if (left > 0) {
                    try {
                        Thread.sleep(left);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        };
    }

    private HttpResponse<String> call(String kind, AppNode node, String user, String method, String path, String json) {
        long t = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).header("Accept", "application/json");
            if (json != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = node.send(user, request);
            record(kind, t, r.statusCode());
            return r;
        } catch (Exception e) {
            record(kind, t, -1);
            return null;
        }
    }

    private HttpResponse<String> post(AppNode node, String path, String body, String kind) {
        long t = System.nanoTime();
        try {
            HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(node.uri(path))
                    .header("Content-Type", "application/json").header("aftership-hmac-sha256", sign(body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            record(kind, t, r.statusCode());
            return r;
        } catch (Exception e) {
            record(kind, t, -1);
            return null;
        }
    }

    private void record(String kind, long startNanos, int status) {
        latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - startNanos);
        // A ship task another client completed a moment earlier answers 4xx: a race of two people, not an error of the app.
        boolean raceLost = kind.startsWith("carrier ships") && status / 100 == 4;
        if ((status / 100 != 2 && !raceLost) || status == -1) {
            errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            errorStatuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).merge(status, 1, Integer::sum);
        }
    }

    private void write(AppNode first, AppNode second, int casesMissing, int parcelsMissing, int eventsMissing) throws IOException {
        StringBuilder out = new StringBuilder(String.format("%d minutes, two nodes on one PostgreSQL, each client alternating between them.%n%n", MINUTES));
        out.append("| kind | calls | errors | error rate | p50 | p95 | p99 |\n|---|---|---|---|---|---|---|\n");
        int allCalls = 0;
        int allErrors = 0;
        for (var entry : new TreeMap<>(latencies).entrySet()) {
            long[] sorted = entry.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            int e = errors.getOrDefault(entry.getKey(), new AtomicInteger()).get();
            allCalls += sorted.length;
            allErrors += e;
            out.append(String.format("| %s | %d | %d%s | %.2f %% | %.0f ms | %.0f ms | %.0f ms |%n", entry.getKey(), sorted.length, e,
                    errorStatuses.containsKey(entry.getKey()) ? " " + errorStatuses.get(entry.getKey()) : "",
                    100.0 * e / Math.max(1, sorted.length), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99)));
        }
        errors.forEach((k, v) -> {
            if (!latencies.containsKey(k)) {
                out.append(String.format("| %s | | %d | | | | |%n", k, v.get()));
            }
        });
        out.append(String.format("%nAll calls: %d, errors %d (%.2f %%).%n%n", allCalls, allErrors, 100.0 * allErrors / Math.max(1, allCalls)));
        out.append(String.format("Rows lost: %d of %d cases HR was told had started, %d of %d parcels the carrier shipped, %d of %d tracking events answered.%n",
                casesMissing, startedKeys.size(), parcelsMissing, shippedTracking.size(), eventsMissing, eventsAnswered.size()));
        out.append(String.format("Nodes still up at the end: %s, %s.%n%nMachine: %d cores, %s, Java %s, each node -Xmx1g, PostgreSQL (local); the clients run in the benchmark's JVM on the same machine.%n",
                first.alive(), second.alive(), Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getName(),
                System.getProperty("java.version")));
        Path file = Path.of("target", "bench", "load-two-nodes.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        System.out.println("\n" + out);
        if (casesMissing + parcelsMissing + Math.max(0, eventsMissing) > 0) {
            throw new AssertionError(out.toString());
        }
    }

    private static String startForm(int i) {
        return """
                {"variables": {"employeeId": {"value": "LOAD-%d"}, "fullName": {"value": "Charge %d"}, "workEmail": {"value": "l%d@acme.example"},
                 "personalEmail": {"value": "l%d@home.example"}, "phone": {"value": "+33 6 12 34 56 78"}, "street": {"value": "1 rue de la Charge"},
                 "postalCode": {"value": "37000"}, "city": {"value": "Tours"}, "country": {"value": "FR"}, "startDate": {"value": "%s"},
                 "caseType": {"value": "relocation"}, "profile": {"value": "call-centre-agent"}, "hasBroadband": {"value": true},
                 "managerId": {"value": "%s"}}}""".formatted(i, i, i, i, LocalDate.now().plusDays(5), WaveAcrossNodes.MANAGER);
    }

    private static String sign(String body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("test-only-aftership-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

}
