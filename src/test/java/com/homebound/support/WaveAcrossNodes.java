package com.homebound.support;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.IntPredicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.homebound.security.Roles;

/**
 * A wave started on app nodes in other JVMs ({@link AppNode}) over one PostgreSQL database, and what
 * the database holds of it afterwards: the checks a crash or a second node must leave true.
 */
public final class WaveAcrossNodes {

    public static final String HR = "hrnode";
    public static final String MANAGER = "managernode";

    private final String database;

    public WaveAcrossNodes(String database) {
        this.database = database;
    }

    public String database() {
        return database;
    }

    public AppNode startNode(String name, String... extraArguments) throws IOException, InterruptedException {
        return AppNode.start(name, database, extraArguments);
    }

    /** HR and the wave's manager, created once in Camunda's identity tables (shared by every node). */
    public void createUsers(AppNode node) throws IOException, InterruptedException {
        node.createUser(HR, Roles.HR);
        node.createUser(MANAGER, Roles.MANAGERS);
    }

    /** Uploads and starts a wave of {@code people} from a French Excel file; answers its id. */
    public long startWave(AppNode node, String prefix, int people) throws IOException, InterruptedException {
        HttpResponse<String> reply = node.send(HR, HttpRequest.newBuilder(node.uri("/api/waves?start=true"))
                .header("Content-Type", "multipart/form-data; boundary=" + WaveFiles.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(WaveFiles.uploadBody("Wave " + prefix,
                        WaveFiles.frenchExcel(prefix, people, MANAGER)))));
        if (reply.statusCode() != 202) {
            throw new AssertionError("The wave was not created: " + reply.statusCode() + " " + reply.body());
        }
        return new ObjectMapper().readTree(reply.body()).get("waveId").asLong();
    }

    public int started(long waveId) {
        return count("select count(*) from wave_person where wave_id = ? and status = 'STARTED'", waveId);
    }

    /** Jobs a node has acquired and not finished: a wave batch in flight, when the wave is starting. */
    public int lockedJobs() {
        return count("select count(*) from act_ru_job where lock_owner_ is not null", -1);
    }

    /** Waits until {@code until} holds of the number of started rows; answers the seconds waited. */
    public double awaitStarted(long waveId, IntPredicate until, Duration timeout) throws InterruptedException {
        long t0 = System.nanoTime();
        while (!until.test(started(waveId))) {
            if (System.nanoTime() - t0 > timeout.toNanos()) {
                throw new AssertionError("Waited " + timeout + " for the wave; " + started(waveId) + " started");
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** What the database holds of the wave: every count a user (or an auditor) would check. */
    public record Outcome(int rows, int startedRows, int rowsLeft, int cases, int employeesWithCases, int employeesWithTwoCases,
                          int casesWithoutProcess, int processInstances, int businessKeysTwice, int casesOutsideTheWave, int itemsWithoutProcess) {
        public boolean nothingLostNothingTwice(int people) {
            return rows == people && startedRows == people && rowsLeft == 0 && cases == people && employeesWithCases == people
                    && employeesWithTwoCases == 0 && casesWithoutProcess == 0 && processInstances == people && businessKeysTwice == 0
                    && casesOutsideTheWave == 0 && itemsWithoutProcess == 0;
        }
    }

    public Outcome outcome(long waveId, String prefix) {
        String wavePeople = "select e.id from employee e where e.employee_number like '" + prefix + "-%'";
        return new Outcome(
                count("select count(*) from wave_person where wave_id = ?", waveId),
                count("select count(*) from wave_person where wave_id = ? and status = 'STARTED' and case_id is not null", waveId),
                count("select count(*) from wave_person where wave_id = ? and status <> 'STARTED'", waveId),
                count("select count(*) from onboarding_case where wave_id = ?", waveId),
                count("select count(distinct employee_id) from onboarding_case where wave_id = ?", waveId),
                count("select count(*) from (select employee_id from onboarding_case where employee_id in (" + wavePeople
                        + ") group by employee_id having count(*) > 1) twice", -1),
                count("""
                        select count(*) from onboarding_case c where c.wave_id = ? and not exists
                          (select 1 from act_ru_execution x where x.id_ = c.process_instance_id and x.parent_id_ is null)""", waveId),
                count("""
                        select count(*) from act_ru_execution x join onboarding_case c on c.process_instance_id = x.id_
                        where c.wave_id = ? and x.parent_id_ is null""", waveId),
                count("""
                        select count(*) from (select x.business_key_ from act_ru_execution x join act_re_procdef d on d.id_ = x.proc_def_id_
                          where d.key_ = 'onboarding' and x.parent_id_ is null and x.business_key_ is not null
                          group by x.business_key_ having count(*) > 1) twice""", -1),
                count("select count(*) from onboarding_case where employee_id in (" + wavePeople + ") and (wave_id is null or wave_id <> ?)", waveId),
                count("""
                        select count(*) from bundle_item b join onboarding_case c on c.id = b.case_id where c.wave_id = ?
                        and (b.process_instance_id is null or not exists (select 1 from act_hi_procinst p where p.id_ = b.process_instance_id))""",
                        waveId));
    }

    /** A count from the nodes' database, as the benchmarks audit it afterwards. */
    public int count(String sql) {
        return count(sql, -1);
    }

    /** A statement on the nodes' database, to set up what a benchmark needs (stock, say). */
    public void execute(String statement) {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(database), TestDatabase.user(), TestDatabase.password())) {
            c.createStatement().execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private int count(String sql, long parameter) {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(database), TestDatabase.user(), TestDatabase.password());
             PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != -1) {
                s.setLong(1, parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
