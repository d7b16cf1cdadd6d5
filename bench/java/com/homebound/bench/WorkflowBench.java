package com.homebound.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.homebound.equipment.AssetState;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.ItemType;
import com.homebound.support.AppTestCase;
import com.homebound.support.TestDatabase;

import java.net.URI;
import java.net.http.HttpRequest;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Throughput and latency of what a continuity-plan activation leans on: HR starting cases, carriers
 * reporting tracking (webhook, manifest) and working their tasks. Every call goes over HTTP with a
 * login or a signature, as in production. Figures go to target/bench/results.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowBench extends AppTestCase {

    private static final int CLIENTS = 4;
    private static final List<String> results = Collections.synchronizedList(new ArrayList<>());

    @Autowired AssetRepository assets;

    @Test
    @Order(1)
    void hrStartsOnboardings() throws Exception {
        jdbc.sql("update asset set state = 'WRITTEN_OFF' where state = 'IN_STOCK'").update();
        for (int i = 0; i < 600; i++) {
            assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "BENCH-HS-" + i, "HB-B" + i, AssetState.IN_STOCK);
        }
        measure("warm-up", 20, CLIENTS, i -> startCase("W" + i));
        measure("Start an onboarding case (REST submit-form as hr; 3 items, 3 call activities)", 400, CLIENTS, i -> startCase("B" + i));
    }

    @Test
    @Order(2)
    void carriersWorkShippingTasks() throws Exception {
        List<String> tasks = new ArrayList<>();
        for (JsonNode task : get(CARRIER, "/engine-rest/task?taskDefinitionKey=ShipToHome&maxResults=400").json()) {
            tasks.add(task.get("id").asText());
        }
        measure("Complete a carrier task (ShipToHome submit-form as carrier; writes shipment, queues mail)", tasks.size(), CLIENTS, i ->
                post(CARRIER, "/engine-rest/task/" + tasks.get(i) + "/submit-form",
                        formValues("trackingNumber", "BENCHDPD" + i)).status() == 204);
    }

    @Test
    @Order(3)
    void carriersPostSignedWebhookEvents() throws Exception {
        OffsetDateTime t0 = OffsetDateTime.of(2026, 11, 23, 8, 0, 0, 0, ZoneOffset.UTC);
        measure("Apply a signed AfterShip webhook event (InTransit, known parcel)", 2000, CLIENTS, i -> {
            String body = """
                    {"event_id": "bench-%d", "msg": {"tracking_number": "BENCHDPD%d", "slug": "colissimo", "tag": "InTransit",
                     "checkpoints": [{"checkpoint_time": "%s", "location": "Hub %d"}]}}""".formatted(i, i % 400, t0.plusMinutes(i), i);
            return send(null, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/carriers/aftership/webhook"))
                    .header("Content-Type", "application/json").header("aftership-hmac-sha256", signAfterShip(body))
                    .POST(HttpRequest.BodyPublishers.ofString(body))).status() == 200;
        });
    }

    @Test
    @Order(4)
    void carriersUploadAManifest() {
        StringBuilder csv = new StringBuilder("tracking_number,status,timestamp,location\n");
        OffsetDateTime t0 = OffsetDateTime.of(2026, 11, 24, 8, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < 5000; i++) {
            csv.append("BENCHDPD").append(i % 400).append(",OutForDelivery,").append(t0.plusSeconds(i)).append(",Depot\n");
        }
        long start = System.nanoTime();
        var reply = postFile(CARRIER, "/api/carriers/manifests", "bench.csv", csv.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (reply.status() != 200 || reply.json().get("applied").asInt() != 5000) {
            throw new AssertionError("Manifest not applied: " + reply.body());
        }
        results.add(String.format("| Import a 5,000-line tracking manifest (one upload) | 5000 | %.0f lines/s | %.1f s for the file | | |",
                5000 / seconds, seconds));
    }

    private boolean startCase(String id) {
        return post(HR, "/engine-rest/process-definition/key/onboarding/submit-form", formValues(
                "employeeId", "BENCH-" + id, "fullName", "Bench " + id, "workEmail", "b" + id + "@acme.example",
                "personalEmail", "b" + id + "@home.example", "phone", "+33 6 12 34 56 78", "street", "1 rue du Banc",
                "postalCode", "37000", "city", "Tours", "country", "FR", "startDate", LocalDate.now().plusDays(5).toString(),
                "caseType", "new-hire", "profile", "call-centre-agent", "hasBroadband", false, "managerId", MANAGER)).status() == 200;
    }

    /** Runs {@code count} calls on {@code clients} threads; records throughput and latency percentiles. */
    private void measure(String what, int count, int clients, IntFunction<Boolean> call) throws Exception {
        long[] latencies = new long[count];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<Boolean>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                long t = System.nanoTime();
                boolean ok = call.apply(n);
                latencies[n] = System.nanoTime() - t;
                return ok;
            }));
        }
        int failed = 0;
        for (Future<Boolean> f : done) {
            failed += f.get() ? 0 : 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (failed > 0) {
            throw new AssertionError(failed + " of " + count + " calls failed: " + what);
        }
        if (what.equals("warm-up")) {
            return;
        }
        long[] sorted = latencies.clone();
        java.util.Arrays.sort(sorted);
        results.add(String.format("| %s | %d | %.0f /s | p50 %.0f ms, p95 %.0f ms | p99 %.0f ms | %d clients |", what, count,
                count / seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), clients));
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    @AfterAll
    static void write() throws IOException {
        StringBuilder out = new StringBuilder("| what | calls | throughput | latency | | |\n|---|---|---|---|---|---|\n");
        results.forEach(r -> out.append(r).append('\n'));
        out.append("\nMachine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(ManagementFactory.getOperatingSystemMXBean().getName()).append(", Java ").append(System.getProperty("java.version"))
                .append(", max heap ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB, database ")
                .append(TestDatabase.onPostgres() ? "PostgreSQL (local)" : "H2 in memory").append('\n');
        Path file = Path.of("target", "bench", "results.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        System.out.println("\n" + out);
    }
}
