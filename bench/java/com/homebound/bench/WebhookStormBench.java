package com.homebound.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.AssetState;
import com.homebound.equipment.ItemType;
import com.homebound.support.AppTestCase;
import com.homebound.support.TestDatabase;

/**
 * A carrier's tracking platform catching up after an outage: 10,000 signed AfterShip events for
 * 400 parcels in one burst from 8 clients, 10 % of them sent twice and 5 % held back and sent after
 * newer ones. Each event must be applied once and no parcel's state may go back in time. Figures go
 * to target/bench/webhook-storm.md.
 */
class WebhookStormBench extends AppTestCase {

    private static final int PARCELS = 400;
    private static final int EVENTS = 10_000;
    private static final int PER_PARCEL = EVENTS / PARCELS;
    private static final int CLIENTS = 8;

    @Autowired AssetRepository assets;

    @Test
    void tenThousandEventsInABurstWithDuplicatesAndLateOnes() throws Exception {
        String run = "S" + System.nanoTime() % 100000;
        parcelsOnTheirWay(run);
        OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2);
        // Per parcel: in transit at each hub, then out for delivery for its last five events, a minute apart.
        List<String> inOrder = new ArrayList<>();
        for (int k = 0; k < PER_PARCEL; k++) {
            for (int p = 0; p < PARCELS; p++) {
                String tag = k < PER_PARCEL - 5 ? "InTransit" : "OutForDelivery";
                inOrder.add("""
                        {"event_id": "%s-%d-%d", "msg": {"tracking_number": "%s%d", "slug": "colissimo", "tag": "%s",
                         "checkpoints": [{"checkpoint_time": "%s", "location": "Hub %d"}]}}""".formatted(run, p, k, run, p, tag, t0.plusMinutes(k), k));
            }
        }
        Random random = new Random(42);
        List<String> late = new ArrayList<>();
        List<String> burst = new ArrayList<>();
        for (String event : inOrder) {
            if (random.nextInt(100) < 5) {
                late.add(event);
            } else {
                burst.add(event);
            }
        }
        burst.addAll(late);
        int duplicates = EVENTS / 10;
        for (int i = 0; i < duplicates; i++) {
            burst.add(random.nextInt(burst.size()), inOrder.get(random.nextInt(inOrder.size())));
        }

        long[] latencies = new long[burst.size()];
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < burst.size(); i++) {
            int n = i;
            sent.add(clients.submit(() -> {
                String body = burst.get(n);
                long t = System.nanoTime();
                int status = send(null, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/carriers/aftership/webhook"))
                        .header("Content-Type", "application/json").header("aftership-hmac-sha256", signAfterShip(body))
                        .POST(HttpRequest.BodyPublishers.ofString(body))).status();
                latencies[n] = System.nanoTime() - t;
                statuses.add(status);
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();

        long notOk = statuses.stream().filter(s -> s != 200).count();
        int recorded = jdbc.sql("select count(*) from tracking_event where dedupe_key like ?").param("%" + run + "-%").query(Integer.class).single();
        int notOutForDelivery = jdbc.sql("select count(*) from shipment where tracking_number like ? and state <> 'OUT_FOR_DELIVERY'")
                .param(run + "%").query(Integer.class).single();
        int wrongTime = jdbc.sql("select count(*) from shipment where tracking_number like ? and state_at < ?")
                .params(run + "%", t0.plusMinutes(PER_PARCEL - 5)).query(Integer.class).single();
        long[] sorted = latencies.clone();
        java.util.Arrays.sort(sorted);
        String result = String.format("""
                | what | figure |
                |---|---|
                | events sent (%d distinct, %d duplicates, %d held back and sent after newer ones), %d clients | %d |
                | throughput | %.0f events/s (%.1f s) |
                | latency | p50 %.0f ms, p95 %.0f ms, p99 %.0f ms |
                | answers other than 200 | %d |
                | events recorded (each distinct event once) | %d of %d |
                | parcels not out for delivery at the end, or whose state's time went back | %d, %d of %d |

                Machine: %d cores, %s, Java %s, database %s; one node in the benchmark's JVM.
                """, EVENTS, duplicates, late.size(), CLIENTS, burst.size(), burst.size() / seconds, seconds, pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), notOk, recorded, EVENTS, notOutForDelivery, wrongTime, PARCELS, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getName(), System.getProperty("java.version"),
                TestDatabase.onPostgres() ? "PostgreSQL (local)" : "H2 in memory");
        Path file = Path.of("target", "bench", "webhook-storm.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, result);
        System.out.println("\n" + result);
        if (notOk > 0 || recorded != EVENTS || notOutForDelivery > 0 || wrongTime > 0) {
            throw new AssertionError(result);
        }
    }

    /** 400 cases whose headset (from stock) the carrier has shipped, tracking numbers {@code run + i}. */
    private void parcelsOnTheirWay(String run) throws IOException {
        jdbc.sql("update asset set state = 'WRITTEN_OFF' where state = 'IN_STOCK'").update();
        for (int i = 0; i < PARCELS; i++) {
            assets.add(ItemType.HEADSET, "Jabra Evolve2 40", run + "-HS-" + i, run + "H" + i, AssetState.IN_STOCK);
        }
        for (int i = 0; i < PARCELS; i++) {
            startOnboarding("employeeId", run + "-" + i, "fullName", "Storm " + i, "startDate", LocalDate.now().plusDays(5).toString());
        }
        List<String> tasks = new ArrayList<>();
        for (JsonNode task : get(CARRIER, "/engine-rest/task?taskDefinitionKey=ShipToHome&maxResults=" + PARCELS).json()) {
            tasks.add(task.get("id").asText());
        }
        for (int i = 0; i < tasks.size(); i++) {
            var shipped = post(CARRIER, "/engine-rest/task/" + tasks.get(i) + "/submit-form", formValues("trackingNumber", run + i));
            if (shipped.status() != 204) {
                throw new AssertionError("Not shipped: " + shipped.body());
            }
        }
        if (tasks.size() != PARCELS) {
            throw new AssertionError("Expected " + PARCELS + " parcels to ship, found " + tasks.size());
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
