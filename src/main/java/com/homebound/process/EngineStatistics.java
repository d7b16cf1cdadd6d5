package com.homebound.process;

import java.sql.DatabaseMetaData;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's planner statistics on the engine's runtime tables up to date while a wave
 * fills them.
 *
 * <p>A 2,500-person wave adds 7,500 tasks, each with its candidate group and its authorization, in
 * about a minute. Autovacuum looks once a minute and analyses only after 10 % of a table changed,
 * so for most of the wave the planner believes these tables hold a handful of rows and nests
 * loops over thousands: Tasklist's task query took 0.3 to 10 s during the wave (auto_explain,
 * docs/performance.md). Every few seconds, this analyses each table that changed by a fifth since
 * its last analysis. Tasklist's query also filters authorizations on a bit mask
 * ({@code PERMS_ & 2 = 2}), whose selectivity PostgreSQL can only guess (0.5 %) unless it has
 * statistics on that expression; they are created once.
 */
@Component
public class EngineStatistics implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(EngineStatistics.class);

    /** The tables Tasklist's queries, task completion and the job executor read. */
    private static final List<String> TABLES = List.of("act_ru_task", "act_ru_identitylink", "act_ru_authorization",
            "act_ru_execution", "act_ru_variable", "act_ru_job", "act_ru_event_subscr");
    private static final int MIN_CHANGES = 500;
    private static final double CHANGED_SHARE = 0.2;

    private final JdbcClient jdbc;
    private final boolean postgres;

    public EngineStatistics(JdbcClient jdbc, DataSource dataSource, ProcessEngine engineWithItsTables) throws Exception {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.postgres = "PostgreSQL".equals(product);
    }

    @Override
    public void afterPropertiesSet() {
        if (!postgres) {
            return;
        }
        // READ on a task (resource type 7), READ_TASK on a process definition (6): Tasklist's two checks.
        jdbc.sql("create statistics if not exists hb_stat_auth_read on (perms_ & 2) from act_ru_authorization").update();
        jdbc.sql("create statistics if not exists hb_stat_auth_read_task on (perms_ & 64) from act_ru_authorization").update();
        jdbc.sql("analyze act_ru_authorization").update();
    }

    @Scheduled(fixedDelayString = "${homebound.engine-statistics.interval:PT5S}")
    public void analyzeTablesThatGrew() {
        if (!postgres) {
            return;
        }
        for (String table : jdbc.sql("""
                        select relname from pg_stat_user_tables
                        where relname in (:tables) and n_mod_since_analyze > greatest(:min, :share * n_live_tup)""")
                .param("tables", TABLES).param("min", MIN_CHANGES).param("share", CHANGED_SHARE)
                .query(String.class).list()) {
            // The name comes from the fixed list above, never from a caller.
            jdbc.sql("analyze " + table).update();
            LOG.debug("Analyzed {}", table);
        }
    }
}
