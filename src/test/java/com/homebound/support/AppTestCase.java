package com.homebound.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.homebound.security.Roles;
import com.homebound.shipping.Carrier;

/**
 * The whole app on a random port, job executor running, talking to a real database and a real SMTP
 * server; tests act over HTTP as the users of each group would.
 */
// A kit does not wait for a person's late items here: each test ships what is ready (KitShipmentProcessTest tests the wait).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "homebound.kit.wait=PT0S")
@ActiveProfiles("test")
public abstract class AppTestCase {

    protected static final String HR = "hrtest";
    protected static final String IT = "ittest";
    /** Ships for Colissimo, which carrier-choice.dmn picks for the French addresses most tests use. */
    protected static final String CARRIER = "carriertest";
    /** Ships for DHL Express: another carrier, which must not see Colissimo's parcels. */
    protected static final String OTHER_CARRIER = "carriertest2";
    protected static final String MANAGER = "managertest";
    protected static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "app");
        TestMailServer.register(registry);
    }

    @LocalServerPort protected int port;
    @Autowired protected IdentityService identityService;
    @Autowired protected JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    protected static final String VENDOR = "vendortest";
    protected static final String ADMIN = "admintest";

    @BeforeEach
    void users() {
        user(VENDOR, Roles.VENDORS, "Vera");
        user(HR, Roles.HR, "Hanna");
        user(IT, Roles.IT, "Igor");
        user(CARRIER, Roles.CARRIERS, "Karim");
        user(OTHER_CARRIER, Roles.CARRIERS, "Kenza");
        shipsFor(CARRIER, Carrier.COLISSIMO);
        shipsFor(OTHER_CARRIER, Carrier.DHL_EXPRESS);
        user(MANAGER, Roles.MANAGERS, "Maria");
        user(ADMIN, org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN, "Ada");
        // The test vendor speaks for Bechtle, which sells the laptops the tests buy.
        if (jdbc.sql("select count(*) from vendor_user where user_id = ?").param(VENDOR).query(Integer.class).single() == 0) {
            jdbc.sql("insert into vendor_user (user_id, vendor) values (?, 'Bechtle')").param(VENDOR).update();
        }
    }

    private void user(String id, String group, String firstName) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName("Test");
            user.setEmail(id + "@acme.example");
            user.setPassword(password(id));
            identityService.saveUser(user);
            identityService.createMembership(id, group);
        }
    }

    private void shipsFor(String userId, Carrier carrier) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(carrier.group()).count() == 0) {
            identityService.createMembership(userId, carrier.group());
        }
    }

    protected static String password(String userId) {
        return userId + "-secret";
    }

    public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        public Reply(int status, String body) {
            this(status, body, java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true));
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    protected Reply get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    protected Reply post(String user, String path, Object json) {
        try {
            return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json))));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A multipart upload of one file in the field "file", as a browser or a vendor's system sends it. */
    protected Reply postFile(String user, String path, String filename, String content) {
        return postFile(user, path, filename, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A file uploaded as a browser sends it, its bytes unchanged (French Excel's Windows-1252 stays so). */
    protected Reply postFile(String user, String path, String filename, byte[] content) {
        String boundary = "----homebound" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    protected Reply postForm(String path, String formBody) {
        return send(null, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)));
    }

    protected Reply send(String user, HttpRequest.Builder request) {
        if (user != null) {
            String credentials = user + ":" + password(user);
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (Exception e) {
            throw new AssertionError("Request failed: " + e, e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The aftership-hmac-sha256 header a carrier's tracking platform sends, keyed with the test profile's secret. */
    protected static String signAfterShip(String body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec("test-only-aftership-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts an onboarding as HR from the start form: a relocated call-centre agent with broadband in
     * Tours (so a headset from stock ships at once), with any fields replaced by the given pairs.
     * Answers the case's business key.
     */
    protected String startOnboarding(Object... replacedFields) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Object[] defaults = {"employeeId", "E-" + System.nanoTime() % 100_000_000, "fullName", "Amina Berrada",
                "workEmail", "x@acme.example", "personalEmail", "x@home.example", "phone", "+33 6 00 00 00 01",
                "street", "1 rue Nationale", "postalCode", "37000", "city", "Tours", "country", "FR",
                "startDate", java.time.LocalDate.now().plusDays(3).toString(), "caseType", "relocation",
                "profile", "call-centre-agent", "hasBroadband", true, "managerId", MANAGER};
        for (int i = 0; i < defaults.length; i += 2) {
            fields.put((String) defaults[i], defaults[i + 1]);
        }
        for (int i = 0; i < replacedFields.length; i += 2) {
            fields.put((String) replacedFields[i], replacedFields[i + 1]);
        }
        Object[] pairs = fields.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
        Reply started = post(HR, "/engine-rest/process-definition/key/onboarding/submit-form", formValues(pairs));
        if (started.status() != 200) {
            throw new AssertionError("The case did not start (" + started.status() + "): " + started.body());
        }
        return started.json().get("businessKey").asText();
    }

    /** Form values as Tasklist submits them: {"variables": {"name": {"value": ...}}}. */
    protected static Map<String, Object> formValues(Object... pairs) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put((String) pairs[i], Map.of("value", pairs[i + 1]));
        }
        return Map.of("variables", variables);
    }

    /**
     * HR adds a training session tomorrow at 10:00, and it is the only one with room (other tests' sessions are
     * made full): the people this test brings to training are placed into it. Answers its id.
     */
    protected long aTrainingSessionWithRoom(int capacity) {
        jdbc.sql("update training_session set capacity = placed where placed < capacity").update();
        Reply created = post(HR, "/api/hr/training-sessions", Map.of("date", java.time.LocalDate.now().plusDays(1).toString(),
                "time", "10:00", "videoLink", "https://meet.acme.example/welcome-" + System.nanoTime(), "capacity", capacity));
        if (created.status() != 201) {
            throw new AssertionError("The session was not created (" + created.status() + "): " + created.body());
        }
        return created.json().get("id").asLong();
    }

    /** The training session the case was last placed into, if any. */
    protected java.util.Optional<Long> trainingSessionOf(long caseId) {
        return jdbc.sql("select session_id from training_placement where case_id = ? order by id desc").param(caseId)
                .query(Long.class).list().stream().findFirst();
    }

    /**
     * The case's training session took place: it started two hours ago. HR records attendance only from its
     * start, and moving the engine's clock instead would fire every test's timers.
     */
    protected void theTrainingTookPlace(long caseId) {
        jdbc.sql("update training_session set starts_at = ? where id in (select session_id from training_placement where case_id = ?)")
                .params(java.time.OffsetDateTime.now().minusHours(2), caseId).update();
    }

    /**
     * The id of the first task of this key the user sees in the case, once it is there: items join
     * their kit, and kits are sealed, by the job executor.
     */
    protected String awaitTask(String user, String taskKey, String caseKey) {
        String query = "/engine-rest/task?taskDefinitionKey=" + taskKey + "&processInstanceBusinessKey=" + caseKey;
        await(user + "'s " + taskKey + " of " + caseKey, Duration.ofSeconds(30), () -> get(user, query).json().size() > 0);
        return get(user, query).json().get(0).get("id").asText();
    }

    protected static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * The same call made by two clients at the same moment (a partner's system that timed out and sent
     * again, or two nodes each receiving a copy): both answers, in order of the calls.
     */
    protected static List<Reply> twiceAtOnce(Supplier<Reply> call) throws Exception {
        return atOnce(call, call);
    }

    /** Two calls made at the same moment, each by a client of its own: their answers, in order. */
    protected static List<Reply> atOnce(Supplier<Reply> first, Supplier<Reply> second) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<Reply>> replies = new ArrayList<>();
        for (Supplier<Reply> call : List.of(first, second)) {
            replies.add(two.submit(() -> {
                together.await();
                return call.get();
            }));
        }
        List<Reply> answered = new ArrayList<>();
        for (Future<Reply> reply : replies) {
            answered.add(reply.get());
        }
        two.shutdown();
        return answered;
    }
}
