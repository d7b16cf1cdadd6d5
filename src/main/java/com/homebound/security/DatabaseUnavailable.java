package com.homebound.security;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that is down or restarting from any other failure: PostgreSQL's connection
 * errors (SQLSTATE class 08), its shutdown and start-up refusals (57P01 to 57P03), and the pool
 * giving up waiting for a connection.
 */
public final class DatabaseUnavailable {

    public static final String MESSAGE = "The database is not answering (it may be restarting): nothing was saved. Try again in a moment.";

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable e) {
        return reason(e) != null;
    }

    /** The SQL state or exception that shows it, or null when the database is not the cause. */
    public static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // A rollback on a dead connection fails too, and Spring then throws that failure: the first one is kept beside it.
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != e) {
                String first = reason(rollback.getApplicationException());
                if (first != null) {
                    return first;
                }
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null) {
                String next = reason(sql.getNextException());
                if (next != null) {
                    return next;
                }
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof DataAccessResourceFailureException) {
                return cause.getClass().getSimpleName();
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return "SQLSTATE " + sql.getSQLState();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
