package com.homebound.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

/**
 * The failures PostgreSQL gives while it restarts, as the engine and Spring wrap them (seen in
 * DatabaseRestartBench's node log), are told from other failures: those are answered 503, try again.
 */
class DatabaseUnavailableTest {

    @Test
    void aConnectionTerminatedByTheRestartIsTheDatabaseBeingUnavailable() {
        var terminated = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertThat(DatabaseUnavailable.causes(new ProcessEnginePersistenceException("persistence", terminated))).isTrue();
    }

    @Test
    void aFailedRollbackHidingTheRestartIsToo() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new SQLException("FATAL: the database system is shutting down", "57P03"));
        assertThat(DatabaseUnavailable.causes(new ProcessEnginePersistenceException("persistence", rollback))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("connection refused", "08001"))).isTrue();
    }

    @Test
    void aBrokenConstraintOrABugIsNot() {
        assertThat(DatabaseUnavailable.causes(new ProcessEnginePersistenceException("persistence",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug"))).isFalse();
    }
}
