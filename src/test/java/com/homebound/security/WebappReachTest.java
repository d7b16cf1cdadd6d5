package com.homebound.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.equipment.AssetState;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.ItemType;
import com.homebound.support.AppTestCase;
import com.homebound.support.WebappSession;

/** What the webapps and pages show, and to whom. */
class WebappReachTest extends AppTestCase {

    private static final String STATISTICS = "/plugin/base/default/process-definition/statistics";

    @Autowired AssetRepository assets;

    @Test
    void cockpitsApiAnswersOnlyThoseAllowedIntoCockpit() {
        for (String user : List.of(HR, CARRIER)) {
            WebappSession tasklist = WebappSession.login(port, user, password(user), "tasklist");
            for (String path : List.of("/camunda/api/cockpit" + STATISTICS, "/camunda/api/cockpit;x=1" + STATISTICS,
                    "/camunda/api/cockpit" + STATISTICS + "/", "/camunda//api/cockpit" + STATISTICS,
                    "/camunda/api/cockpit/plugin/base;a/default/process-definition/statistics")) {
                var reply = tasklist.get(path);
                assertThat(reply.status()).as(user + " " + path + ": " + reply.body()).isIn(403, 404);
                assertThat(reply.body()).doesNotContain("onboarding");
            }
            assertThat(tasklist.get("/camunda/api/admin/plugin/adminPlugins/default/metrics/sum").status()).isIn(403, 404);
        }
        WebappSession cockpit = WebappSession.login(port, ADMIN, password(ADMIN), "cockpit");
        var admin = cockpit.get("/camunda/api/cockpit" + STATISTICS);
        assertThat(admin.status()).as(admin.body()).isEqualTo(200);
        assertThat(admin.body()).contains("onboarding");
    }

    @Test
    void ourAnswersTellBrowsersNotToGuessTheirType() {
        var api = send(IT, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/shipments/999999")).GET());
        var engine = send(IT, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task")).GET());
        for (var reply : List.of(api, engine)) {
            assertThat(reply.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void anAddressShownInTheCarriersFormReadsAsTextNotMarkup() {
        assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "JB40-FT-" + System.nanoTime(), "HB-FT-" + System.nanoTime() % 100000, AssetState.IN_STOCK);
        String businessKey = startOnboarding("fullName", "Eve Moreau", "street", "2 *rue* [des](javascript:x) Lilas & Co");
        String task = awaitTask(CARRIER, "ShipToHome", businessKey);

        String shown = get(CARRIER, "/engine-rest/task/" + task + "/form-variables").json().get("deliveryAddress").get("value").asText();
        assertThat(shown).contains("2 \\*rue\\* \\[des\\]\\(javascript:x\\) Lilas \\& Co");
    }
}
