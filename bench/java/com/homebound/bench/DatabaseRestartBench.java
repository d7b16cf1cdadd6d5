package com.homebound.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.homebound.support.AppNode;
import com.homebound.support.WaveAcrossNodes;

/**
 * PostgreSQL restarted while HR starts cases from four clients: the node must recover by itself
 * (connection pool, job executor, outbox), the requests caught by the restart must fail cleanly, and
 * nothing may be half-written (a request caught by the restart is answered 503, try again; a 500 fails the run): every case HR was told had started exists with its process, and no
 * case exists without one. Restarts the machine's PostgreSQL cluster (pg_ctlcluster), so run it on
 * its own. Figures go to target/bench/database-restart.md.
 */
class DatabaseRestartBench {

    private static final int CLIENTS = 4;
    private static final long RUN_SECONDS = 90;
    private static final long RESTART_AT_SECONDS = 30;

    record Call(long startedAtMillis, int status, String businessKey) {
    }

    @Test
    void postgresRestartedUnderLoad() throws Exception {
        var wave = new WaveAcrossNodes("bench_pg_restart");
        List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();
        ObjectMapper json = new ObjectMapper();
        try (AppNode node = wave.startNode("pg-restart")) {
            wave.createUsers(node);
            long t0 = System.currentTimeMillis();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    while (running.get()) {
                        int i = next.getAndIncrement();
                        long at = System.currentTimeMillis() - t0;
                        int status;
                        String key = null;
                        try {
                            HttpResponse<String> reply = node.postJson(WaveAcrossNodes.HR, "/engine-rest/process-definition/key/onboarding/submit-form",
                                    startForm(i));
                            status = reply.statusCode();
                            if (status == 200) {
                                key = json.readTree(reply.body()).get("businessKey").asText();
                            }
                        } catch (Exception e) {
                            status = -1;
                        }
                        calls.add(new Call(at, status, key));
                    }
                    return null;
                });
            }
            Thread.sleep(RESTART_AT_SECONDS * 1000);
            long restartBegan = System.currentTimeMillis() - t0;
            Process restart = new ProcessBuilder("bash", "-c",
                    "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main restart -m fast").inheritIO().start();
            restart.waitFor();
            long restartEnded = System.currentTimeMillis() - t0;
            Thread.sleep((RUN_SECONDS - RESTART_AT_SECONDS) * 1000);
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
            Thread.sleep(5000);

            Map<Integer, Integer> byStatus = new TreeMap<>();
            calls.forEach(c -> byStatus.merge(c.status(), 1, Integer::sum));
            long firstSuccessAfter = calls.stream().filter(c -> c.status() == 200 && c.startedAtMillis() > restartEnded)
                    .mapToLong(Call::startedAtMillis).min().orElse(-1);
            List<String> told = calls.stream().filter(c -> c.status() == 200).map(Call::businessKey).toList();
            int missing = 0;
            for (String key : told) {
                missing += wave.count("select count(*) from act_ru_execution x join act_re_procdef d on d.id_ = x.proc_def_id_ where d.key_ = 'onboarding'"
                        + " and x.business_key_ = '" + key + "' and x.id_ = x.proc_inst_id_") == 1 ? 0 : 1;
            }
            int casesWithoutProcess = wave.count("""
                    select count(*) from onboarding_case c where not exists
                      (select 1 from act_ru_execution x where x.id_ = c.process_instance_id and x.parent_id_ is null)""");
            int processesWithoutCase = wave.count("""
                    select count(*) from act_ru_execution x join act_re_procdef d on d.id_ = x.proc_def_id_
                    where d.key_ = 'onboarding' and x.parent_id_ is null
                      and not exists (select 1 from onboarding_case c where c.process_instance_id = x.id_)""");
            int failedJobs = wave.count("select count(*) from act_ru_job where retries_ = 0");
            String result = String.format("""
                    | what | figure |
                    |---|---|
                    | case starts (REST submit-form as HR, %d clients, %d s; PostgreSQL restarted at %.1f s, back at %.1f s) | %d |
                    | answers by status (-1: connection refused or reset; 503: "the database is not answering, try again") | %s |
                    | first successful start after PostgreSQL was back | %s |
                    | cases HR was told had started that do not exist | %d |
                    | cases without their process / processes without their case | %d / %d |
                    | jobs out of retries after the restart | %d |
                    | node still up | %s |

                    Machine: %d cores, %s, Java %s, node -Xmx1g, PostgreSQL (local).
                    """, CLIENTS, RUN_SECONDS, restartBegan / 1000.0, restartEnded / 1000.0, calls.size(), byStatus,
                    firstSuccessAfter < 0 ? "none" : String.format("%.1f s after", (firstSuccessAfter - restartEnded) / 1000.0),
                    missing, casesWithoutProcess, processesWithoutCase, failedJobs, node.alive(), Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getName(), System.getProperty("java.version"));
            Path file = Path.of("target", "bench", "database-restart.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, result);
            System.out.println("\n" + result + "\nnode log: " + node.log());
            if (byStatus.containsKey(500) || firstSuccessAfter < 0 || missing > 0 || casesWithoutProcess > 0 || processesWithoutCase > 0 || !node.alive()) {
                throw new AssertionError(result);
            }
        }
    }

    private static String startForm(int i) {
        return """
                {"variables": {"employeeId": {"value": "PGR-%d"}, "fullName": {"value": "Restart %d"}, "workEmail": {"value": "r%d@acme.example"},
                 "personalEmail": {"value": "r%d@home.example"}, "phone": {"value": "+33 6 12 34 56 78"}, "street": {"value": "1 rue du Redémarrage"},
                 "postalCode": {"value": "37000"}, "city": {"value": "Tours"}, "country": {"value": "FR"}, "startDate": {"value": "%s"},
                 "caseType": {"value": "relocation"}, "profile": {"value": "call-centre-agent"}, "hasBroadband": {"value": true},
                 "managerId": {"value": "%s"}}}""".formatted(i, i, i, i, LocalDate.now().plusDays(5), WaveAcrossNodes.MANAGER);
    }

}
