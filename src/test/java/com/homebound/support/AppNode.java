package com.homebound.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Homebound in a JVM of its own, as a node of a cluster: the same classes, the test profile, a
 * shared PostgreSQL database and the test run's SMTP server. Unlike the app a test starts in its own
 * JVM, a node can be killed with SIGKILL ({@code kill -9}) and another started on the same data.
 */
public final class AppNode implements AutoCloseable {

    public static final String ADMIN = "nodeadmin";
    public static final String ADMIN_PASSWORD = "nodeadmin-secret";

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts a node on the named test database and waits until it answers HTTP. */
    public static AppNode start(String name, String database, String... extraArguments) throws IOException, InterruptedException {
        int port = freePort();
        Path log = Path.of("target", "nodes", name + "-" + System.currentTimeMillis() + ".log");
        Files.createDirectories(log.getParent());
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp", classpath,
                "com.homebound.HomeboundApplication",
                "--spring.profiles.active=test",
                "--server.port=" + port,
                "--spring.datasource.url=" + TestDatabase.jdbcUrl(database),
                "--spring.datasource.username=" + TestDatabase.user(),
                "--spring.datasource.password=" + TestDatabase.password(),
                "--spring.datasource.hikari.connection-init-sql=set plan_cache_mode = force_custom_plan",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMailServer.port(),
                "--camunda.bpm.admin-user.id=" + ADMIN,
                "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD));
        command.addAll(List.of(extraArguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppNode node = new AppNode(name, port, process, log);
        node.awaitAnswering(Duration.ofSeconds(120));
        return node;
    }

    private void awaitAnswering(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " exited with " + process.exitValue() + " while starting; see " + log);
            }
            try {
                HttpResponse<Void> reply = http.send(HttpRequest.newBuilder(uri("/engine-rest/engine")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (reply.statusCode() == 401 || reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Node " + name + " did not answer in " + timeout + "; see " + log);
    }

    /** SIGKILL: no shutdown hook, no transaction finished, as when a machine dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A request as the given user, with the password {@code user + "-secret"} (the node's admin has its own). */
    public HttpResponse<String> send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
        String password = ADMIN.equals(user) ? ADMIN_PASSWORD : user + "-secret";
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String user, String path, String json) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Creates a user in a group through the engine's REST API, as the node's administrator does in Camunda Admin. */
    public void createUser(String id, String group) throws IOException, InterruptedException {
        HttpResponse<String> created = postJson(ADMIN, "/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "%s", "lastName": "Node", "email": "%s@acme.example"},
                 "credentials": {"password": "%s-secret"}}""".formatted(id, id, id, id));
        if (created.statusCode() != 204) {
            throw new IllegalStateException("User " + id + " not created: " + created.statusCode() + " " + created.body());
        }
        HttpResponse<String> member = send(ADMIN, HttpRequest.newBuilder(uri("/engine-rest/group/" + group + "/members/" + id))
                .PUT(HttpRequest.BodyPublishers.noBody()));
        if (member.statusCode() != 204) {
            throw new IllegalStateException(id + " not added to " + group + ": " + member.statusCode() + " " + member.body());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return "node " + name + " on port " + port;
    }
}
