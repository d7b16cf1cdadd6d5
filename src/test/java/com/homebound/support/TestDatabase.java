package com.homebound.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Each test context gets a fresh database of its own: on PostgreSQL when one answers (mandatory when
 * HOMEBOUND_REQUIRE_POSTGRES=true, as in .ci/run), else on in-memory H2.
 */
public final class TestDatabase {

    private static final String ADMIN_URL = env("HOMEBOUND_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = env("HOMEBOUND_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("HOMEBOUND_TEST_PG_PASSWORD", "");
    private static final Map<String, String> created = new HashMap<>();
    /** Unique per test JVM, so two builds on one PostgreSQL server never drop each other's databases. */
    private static final String BUILD = Long.toString(ProcessHandle.current().pid()) + "_" + Long.toString(System.currentTimeMillis() % 100000);
    private static Boolean postgres;

    private TestDatabase() {
    }

    public static synchronized boolean onPostgres() {
        if (postgres == null) {
            DriverManager.setLoginTimeout(3);
            try (Connection ignored = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD)) {
                postgres = true;
            } catch (SQLException e) {
                if (Boolean.parseBoolean(System.getenv("HOMEBOUND_REQUIRE_POSTGRES"))) {
                    throw new IllegalStateException("PostgreSQL is required (HOMEBOUND_REQUIRE_POSTGRES) but "
                            + ADMIN_URL + " cannot be reached: " + e.getMessage(), e);
                }
                postgres = false;
            }
            System.out.println("Homebound tests run on " + (postgres ? "PostgreSQL " + ADMIN_URL : "H2 (no PostgreSQL reachable)"));
        }
        return postgres;
    }

    public static void register(DynamicPropertyRegistry registry, String name) {
        String url = url(name);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> onPostgres() ? USER : "sa");
        registry.add("spring.datasource.password", () -> onPostgres() ? PASSWORD : "");
        if (onPostgres()) {
            // As in production (application-postgres.properties).
            registry.add("spring.datasource.hikari.connection-init-sql", () -> "set plan_cache_mode = force_custom_plan");
        }
    }

    /** The JDBC address of the named test database, for an app node started in another JVM. */
    public static String jdbcUrl(String name) {
        return url(name);
    }

    public static String user() {
        return onPostgres() ? USER : "sa";
    }

    public static String password() {
        return onPostgres() ? PASSWORD : "";
    }

    private static synchronized String url(String name) {
        return created.computeIfAbsent(name, n -> {
            if (!onPostgres()) {
                return "jdbc:h2:mem:homebound_" + n + ";DB_CLOSE_DELAY=-1";
            }
            String database = "homebound_test_" + n + "_" + BUILD;
            try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement s = c.createStatement()) {
                s.execute("create database " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create test database " + database, e);
            }
            // After the test contexts have closed: dropped under a closing engine, the engine's last command waited
            // 30 s for a connection to a database that no longer existed, and the JVM outlived surefire's patience.
            SpringApplication.getShutdownHandlers().add(() -> drop(database));
            return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
        });
    }

    /**
     * Dropped when the test JVM ends, once Spring has closed the test contexts; a build killed before that leaves its
     * database, harmless to the next one.
     */
    private static void drop(String database) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + database + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
