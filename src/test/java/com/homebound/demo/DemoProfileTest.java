package com.homebound.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.homebound.equipment.AssetRepository;
import com.homebound.support.ListeningSockets;

/** What a newcomer gets from the run command: demo users per role, a little stock, a readable mailbox. */
// Its own engine name, so that it does not replace the app tests' "default" engine that /engine-rest uses.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.process-engine-name=demotests")
class DemoProfileTest {

    static int mailCatcherPort;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws Exception {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:homebound_demo;DB_CLOSE_DELAY=-1");
        try (var socket = new java.net.ServerSocket(0)) {
            mailCatcherPort = socket.getLocalPort();
            registry.add("homebound.demo.mail-catcher-port", () -> mailCatcherPort);
            registry.add("spring.mail.port", () -> mailCatcherPort);
        }
    }

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired AssetRepository assets;

    @Test
    void eachRoleHasADemoLoginInItsGroup() {
        assertThat(identityService.createUserQuery().memberOfGroup("hr").userId("hr").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().memberOfGroup("it").userId("it").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().memberOfGroup("carriers").userId("carrier").count()).isEqualTo(1);
        // The demo's cases are in France, whose parcels carrier-choice.dmn gives to Colissimo.
        assertThat(identityService.createUserQuery().memberOfGroup("carrierColissimo").userId("carrier").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().memberOfGroup("managers").userId("manager").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().memberOfGroup("vendors").userId("vendor").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isEqualTo(1);
        assertThat(identityService.checkPassword("hr", "hr")).isTrue();
        assertThat(assets.countInStock("Jabra Evolve2 40")).isPositive();
    }

    @Test
    void theDemoAndItsDatabaseListenOnThisMachineOnly() throws Exception {
        var before = ListeningSockets.ofThisProcess();
        // The demo's own database URL, on a scratch file: opening it must not open a port for others.
        var demo = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application-demo.properties")) {
            demo.load(in);
        }
        java.nio.file.Path scratch = java.nio.file.Files.createTempDirectory("homebound-demo-db");
        String url = demo.getProperty("spring.datasource.url").replace("./data/homebound", scratch.resolve("homebound").toString());
        try (var connection = java.sql.DriverManager.getConnection(url, "sa", "")) {
            var opened = new java.util.ArrayList<>(ListeningSockets.ofThisProcess());
            opened.removeAll(before);
            assertThat(opened).as("ports opened by the demo database").allMatch(ListeningSockets.Listener::loopbackOnly);
        }
        assertThat(ListeningSockets.ofThisProcess()).filteredOn(l -> l.port() == port || l.port() == mailCatcherPort)
                .hasSize(2).allMatch(ListeningSockets.Listener::loopbackOnly);
        assertThat(demo.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void theMailboxIsForHrAndAdministratorsOnly() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String login : new String[] {"carrier:carrier", "it:it", "manager:manager", "vendor:vendor"}) {
            var refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/demo/mailbox"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(login).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("Demo mailbox");
        }
        var admin = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/demo/mailbox"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).isEqualTo(200);
    }

    @Test
    void aPurchaseOrderMailReadsAsTextWithItsCsvToDownload() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String hr = "Basic " + Base64.getEncoder().encodeToString("hr:hr".getBytes());
        String start = "{\"variables\": {\"employeeId\": {\"value\": \"DM-" + System.nanoTime() % 100000 + "\"}, "
                + "\"fullName\": {\"value\": \"Lina Moreau\"}, \"workEmail\": {\"value\": \"lina@acme.example\"}, "
                + "\"personalEmail\": {\"value\": \"lina@home.example\"}, \"phone\": {\"value\": \"+33 6 12 34 56 78\"}, "
                + "\"street\": {\"value\": \"3 rue Colbert\"}, \"postalCode\": {\"value\": \"37000\"}, \"city\": {\"value\": \"Tours\"}, "
                + "\"country\": {\"value\": \"FR\"}, \"startDate\": {\"value\": \"" + java.time.LocalDate.now().plusDays(7) + "\"}, "
                + "\"caseType\": {\"value\": \"new-hire\"}, \"profile\": {\"value\": \"call-centre-agent\"}, "
                + "\"hasBroadband\": {\"value\": true}, \"managerId\": {\"value\": \"manager\"}}}";
        var started = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine/demotests/process-definition/key/onboarding/submit-form"))
                .header("Authorization", hr).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(start)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

        String page = "";
        for (int i = 0; i < 100 && !page.contains("Attached: "); i++) {
            Thread.sleep(200);
            page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/demo/mailbox")).header("Authorization", hr).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
        assertThat(page).contains("Purchase order").doesNotContain("Content-Transfer-Encoding", "------=_Part");
        var attachment = java.util.regex.Pattern.compile("Attached: <a href=\"(/demo/mailbox/\\d+/attachments/0)\">([^<]+\\.csv)</a>").matcher(page);
        assertThat(attachment.find()).as(page).isTrue();
        var csv = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + attachment.group(1))).header("Authorization", hr).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        assertThat(csv.body()).startsWith("po_number,line,model,quantity");
    }

    @Test
    void theMailboxPageShowsCapturedMailToLoggedInUsers() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var anonymous = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/demo/mailbox")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/demo/mailbox"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("hr:hr".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Demo mailbox");
    }
}
