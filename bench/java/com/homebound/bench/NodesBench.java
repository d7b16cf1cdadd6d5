package com.homebound.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.homebound.support.AppNode;
import com.homebound.support.TestMailServer;
import com.homebound.support.WaveAcrossNodes;

/**
 * The worst week, with the nodes as separate JVMs on one PostgreSQL: a node killed with SIGKILL
 * while a 2,500-person wave starts, then restarted; two nodes sharing a wave, one killed mid-wave
 * while the mail server is down. After each, the database is audited: one case and one process per
 * person, nothing half-written, one purchase order per vendor, each order mailed once. The nodes use
 * the production job lock (two minutes). Figures go to target/bench/nodes-results.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodesBench {

    private static final int PEOPLE = 2500;
    /** The wave's purchase orders go out this long after everyone is started (production: 15 minutes). */
    private static final String QUICK_FOLLOW_UP = "--homebound.wave.follow-up=PT10S";
    private static final List<String> results = Collections.synchronizedList(new ArrayList<>());

    @Test
    @Order(1)
    void aNodeKilledWhileA2500WaveStartsThenRestarted() throws Exception {
        var wave = new WaveAcrossNodes("bench_killed");
        long waveId;
        double startedAtKill;
        long t0 = System.nanoTime();
        try (AppNode node = wave.startNode("single", QUICK_FOLLOW_UP)) {
            wave.createUsers(node);
            t0 = System.nanoTime();
            waveId = wave.startWave(node, "SINGLE", PEOPLE);
            wave.awaitStarted(waveId, started -> started >= PEOPLE * 2 / 5 && wave.lockedJobs() > 0, Duration.ofMinutes(10));
            startedAtKill = wave.started(waveId);
            node.kill();
        }
        double killedAfter = (System.nanoTime() - t0) / 1e9;
        long restartAt = System.nanoTime();
        try (AppNode restarted = wave.startNode("single-restarted", QUICK_FOLLOW_UP)) {
            double nodeUp = (System.nanoTime() - restartAt) / 1e9;
            wave.awaitStarted(waveId, started -> started == PEOPLE, Duration.ofMinutes(10));
            double finished = (System.nanoTime() - restartAt) / 1e9;
            Thread.sleep(5000);
            var outcome = wave.outcome(waveId, "SINGLE");
            results.add(String.format("| kill -9 of the only node at %.0f s, %d of 2,500 started, one batch in flight; restarted | "
                    + "node up again in %.0f s, everyone started %.0f s after the restart (the dead node's batches wait for their lock to expire) | %s |",
                    killedAfter, (int) startedAtKill, nodeUp, finished, verdict(outcome, PEOPLE)));
            if (!outcome.nothingLostNothingTwice(PEOPLE)) {
                throw new AssertionError(outcome.toString());
            }
        }
    }

    @Test
    @Order(2)
    void twoNodesShareAWaveOneIsKilledAndTheMailServerIsDown() throws Exception {
        var wave = new WaveAcrossNodes("bench_two_nodes");
        TestMailServer.stop();
        long waveId;
        String survivorLog;
        AppNode first = wave.startNode("first", QUICK_FOLLOW_UP);
        try (AppNode second = wave.startNode("second", QUICK_FOLLOW_UP)) {
            wave.createUsers(first);
            long t0 = System.nanoTime();
            waveId = wave.startWave(first, "TWO", PEOPLE);
            wave.awaitStarted(waveId, started -> started >= PEOPLE / 2 && wave.lockedJobs() > 0, Duration.ofMinutes(10));
            double half = (System.nanoTime() - t0) / 1e9;
            int batchesByTheFirst = wave.count("select count(distinct batch_no) from wave_person where wave_id = " + waveId + " and status = 'STARTED'");
            first.kill();
            long killedAt = System.nanoTime();
            wave.awaitStarted(waveId, started -> started == PEOPLE, Duration.ofMinutes(10));
            double finished = (System.nanoTime() - killedAt) / 1e9;
            // The wave's orders are created once everyone is started; their mails wait for the mail server.
            awaitCount(wave, "select count(*) from purchase_order where wave_id = " + waveId, n -> n > 0, Duration.ofMinutes(3));
            Thread.sleep(5000);
            int orders = wave.count("select count(*) from purchase_order where wave_id = " + waveId);
            int vendors = wave.count("select count(distinct vendor) from purchase_order where wave_id = " + waveId);
            int waiting = wave.count("select count(*) from outgoing_mail where sent_at is null and subject like 'Purchase order PO-%'");
            long downFor = System.nanoTime();
            TestMailServer.restart();
            awaitCount(wave, "select count(*) from outgoing_mail where sent_at is null", n -> n == 0, Duration.ofMinutes(3));
            double mailsAfter = (System.nanoTime() - downFor) / 1e9;
            Thread.sleep(3000);
            Map<String, Long> received = Arrays.stream(TestMailServer.get().getReceivedMessages()).map(m -> {
                try {
                    return m.getSubject();
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).filter(s -> s.startsWith("Purchase order PO-")).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            long twice = received.values().stream().filter(n -> n > 1).count();
            var outcome = wave.outcome(waveId, "TWO");
            survivorLog = second.log().toString();
            results.add(String.format("| two nodes, wave uploaded to the first; half started (%d batches) in %.0f s; first node killed; mail server down throughout | "
                    + "the second node finished the wave %.0f s after the kill; %d purchase orders for %d vendors; %d order mails waited, "
                    + "%d received once each %.0f s after the mail server came back, %d twice | %s |",
                    batchesByTheFirst, half, finished, orders, vendors, waiting, received.size(), mailsAfter, twice, verdict(outcome, PEOPLE)));
            if (!outcome.nothingLostNothingTwice(PEOPLE) || orders != vendors || twice > 0 || received.size() != orders) {
                throw new AssertionError(outcome + ", orders " + orders + " for " + vendors + " vendors, mails " + received + "; see " + survivorLog);
            }
        } finally {
            first.close();
            if (!TestMailServer.get().isRunning()) {
                TestMailServer.restart();
            }
        }
    }

    private static String verdict(WaveAcrossNodes.Outcome o, int people) {
        return String.format("%s: %d rows, %d started, %d left, %d cases, %d people with two cases, %d cases without a process, "
                + "%d business keys twice, %d items without a process", o.nothingLostNothingTwice(people) ? "nothing lost or doubled" : "**FAILED**",
                o.rows(), o.startedRows(), o.rowsLeft(), o.cases(), o.employeesWithTwoCases(), o.casesWithoutProcess(), o.businessKeysTwice(),
                o.itemsWithoutProcess());
    }

    private static void awaitCount(WaveAcrossNodes wave, String sql, java.util.function.IntPredicate until, Duration timeout) throws InterruptedException {
        long t0 = System.nanoTime();
        while (!until.test(wave.count(sql))) {
            if (System.nanoTime() - t0 > timeout.toNanos()) {
                throw new AssertionError("Waited " + timeout + " for: " + sql + " (now " + wave.count(sql) + ")");
            }
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void write() throws IOException {
        StringBuilder out = new StringBuilder("| what happened | what the app did | audit after |\n|---|---|---|\n");
        results.forEach(r -> out.append(r).append('\n'));
        out.append("\nMachine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(ManagementFactory.getOperatingSystemMXBean().getName()).append(", Java ").append(System.getProperty("java.version"))
                .append(", each node -Xmx1g, PostgreSQL (local), nodes and database on the same machine\n");
        Path file = Path.of("target", "bench", "nodes-results.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        System.out.println("\n" + out);
    }
}
