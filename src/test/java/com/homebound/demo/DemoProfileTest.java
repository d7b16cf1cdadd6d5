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

/** What a newcomer gets from the run command: demo users per role, a little stock, a readable mailbox. */
// Its own engine name, so that it does not replace the app tests' "default" engine that /engine-rest uses.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.process-engine-name=demotests")
class DemoProfileTest {

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws Exception {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:homebound_demo;DB_CLOSE_DELAY=-1");
        try (var socket = new java.net.ServerSocket(0)) {
            int port = socket.getLocalPort();
            registry.add("homebound.demo.mail-catcher-port", () -> port);
            registry.add("spring.mail.port", () -> port);
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
