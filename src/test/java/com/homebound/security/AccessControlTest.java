package com.homebound.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.equipment.AssetState;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.ItemType;

import com.homebound.support.AppTestCase;

class AccessControlTest extends AppTestCase {

    @Autowired AssetRepository assets;

    @Test
    void nothingUnderTheRestApisAnswersAnAnonymousCaller() {
        for (String path : new String[] {"/engine-rest/task", "/engine-rest/engine", "/engine-rest/user",
                "/engine-rest/authorization", "/engine-rest/process-definition", "/api/anything", "/demo/mailbox"}) {
            var reply = get(null, path);
            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.body()).as(path).doesNotContain("onboarding");
        }
        assertThat(post(null, "/engine-rest/identity/verify", java.util.Map.of("username", HR, "password", "x")).status())
                .isEqualTo(401);
        assertThat(post(null, "/engine-rest/process-definition/key/onboarding/start", java.util.Map.of()).status()).isEqualTo(401);
        assertThat(get(null, "/camunda/api/engine/engine/default/task").status()).isEqualTo(401);
    }

    @Test
    void nobodyCanCreateTheFirstAdministratorFromTheBrowser() {
        var reply = post(null, "/camunda/api/admin/setup/default/user/create", java.util.Map.of(
                "profile", java.util.Map.of("id", "intruder", "firstName", "I", "lastName", "N", "email", "i@n.example"),
                "credentials", java.util.Map.of("password", "intruder-password")));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void aWrongPasswordIsRefused() {
        // Its own user: Camunda locks a user for a while after a wrong password.
        if (identityService.createUserQuery().userId("wrongpassword").count() == 0) {
            var user = identityService.newUser("wrongpassword");
            user.setPassword(password("wrongpassword"));
            identityService.saveUser(user);
        }
        assertThat(get("wrongpassword", "/engine-rest/task").status()).isEqualTo(200);
        var reply = send(null, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("wrongpassword:wrong").getBytes())));
        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void demoUsersDoNotExistOutsideTheDemo() {
        assertThat(identityService.createUserQuery().userIdIn("hr", "it", "carrier", "manager", "admin").count()).isZero();
    }

    @Test
    void aCarrierSeesItsDeliveryTaskButNeitherTheCaseNorHrWork() {
        assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "JB40-ACL-" + System.nanoTime(), "HB-ACL-" + System.nanoTime() % 100000, AssetState.IN_STOCK);
        var started = post(HR, "/engine-rest/process-definition/key/onboarding/submit-form", formValues(
                "employeeId", "E-3001", "fullName", "Youssef Alaoui", "workEmail", "youssef@acme.example",
                "personalEmail", "youssef@home.example", "phone", "+212 6 00 00 00 00", "street", "4 avenue Hassan II",
                "postalCode", "10000", "city", "Rabat", "country", "MA", "startDate", LocalDate.now().plusDays(3).toString(),
                "caseType", "relocation", "profile", "call-centre-agent", "hasBroadband", true, "managerId", MANAGER));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String businessKey = started.json().get("businessKey").asText();
        String processInstanceId = started.json().get("id").asText();
        // Moroccan parcels go to Amana (carrier-choice.dmn): its user sees them, Colissimo's does not.
        String amana = amanaUser();
        awaitTask(amana, "ShipToHome", businessKey);
        assertThat(get(CARRIER, "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json()).isEmpty();

        var carrierTasks = get(amana, "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
        assertThat(carrierTasks).isNotEmpty().allMatch(t -> t.get("taskDefinitionKey").asText().equals("ShipToHome"));
        var hrTasks = get(HR, "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
        assertThat(hrTasks).extracting(t -> t.get("taskDefinitionKey").asText()).containsExactly("SendAmendment");

        String shipTask = carrierTasks.get(0).get("id").asText();
        var visible = get(amana, "/engine-rest/task/" + shipTask + "/form-variables").json();
        assertThat(visible.get("deliveryAddress").get("value").asText()).contains("4 avenue Hassan II, 10000 Rabat, MA");
        assertThat(visible.toString()).doesNotContain("contract", "amendment", "youssef@acme.example");

        assertThat(get(amana, "/engine-rest/process-instance/" + processInstanceId + "/variables").status()).isEqualTo(403);
        assertThat(get(amana, "/engine-rest/task/" + hrTasks.get(0).get("id").asText()).status()).isIn(403, 404);
        assertThat(post(amana, "/engine-rest/task/" + hrTasks.get(0).get("id").asText() + "/submit-form",
                formValues("contractReference", "forged")).status()).isIn(403, 404);
        assertThat(get(amana, "/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId).json()).isEmpty();
        assertThat(post(amana, "/engine-rest/process-definition/key/onboarding/submit-form", formValues("fullName", "x")).status())
                .isEqualTo(403);
        assertThat(get(MANAGER, "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json()).isEmpty();
    }

    private String amanaUser() {
        String userId = "amanatest";
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            var user = identityService.newUser(userId);
            user.setPassword(password(userId));
            identityService.saveUser(user);
        }
        var linked = send(IT, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/carriers/Amana/users/" + userId))
                .PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        return userId;
    }

    @Test
    void aCarrierCannotSlipOtherVariablesIntoItsTaskNorRewriteThem() {
        assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "JB40-TMP-" + System.nanoTime(), "HB-TMP-" + System.nanoTime() % 100000, AssetState.IN_STOCK);
        assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "JB40-TMQ-" + System.nanoTime(), "HB-TMQ-" + System.nanoTime() % 100000, AssetState.IN_STOCK);
        String alice = startCase("E-6001", "Alice Martin");
        String bob = startCase("E-6002", "Bob Durand");
        String alicesTask = awaitTask(CARRIER, "ShipToHome", alice);
        long bobsItem = jdbc.sql("select b.id from bundle_item b where b.case_id = ? and b.item_type = 'HEADSET'")
                .param(Long.parseLong(bob.substring(5))).query(Long.class).single();

        var forged = post(CARRIER, "/engine-rest/task/" + alicesTask + "/submit-form", formValues(
                "trackingNumber", "FORGED123456", "bundleItemId", bobsItem));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.body()).contains("These are not fields of this form: bundleItemId");
        var rewrite = send(CARRIER, java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/engine-rest/task/" + alicesTask + "/variables/bundleItemId")).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"value\": " + bobsItem + ", \"type\": \"Long\"}")));
        assertThat(rewrite.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from shipment s join kit_item k on k.shipment_id = s.id where k.bundle_item_id = ? and s.tracking_number is not null").param(bobsItem).query(Integer.class).single()).isZero();

        var honest = post(CARRIER, "/engine-rest/task/" + alicesTask + "/submit-form", formValues("trackingNumber", "HONEST123456"));
        assertThat(honest.status()).as(honest.body()).isEqualTo(204);
        long shipment = jdbc.sql("select id from shipment where tracking_number = 'HONEST123456'").query(Long.class).single();
        assertThat(get(CARRIER, "/api/shipments/" + shipment).status()).isEqualTo(200);
        assertThat(get(IT, "/api/shipments/" + shipment).status()).isEqualTo(200);
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedEvenWithTheCallersLogin() {
        var reply = send(IT, java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/carriers/manifests"))
                .header("Origin", "https://evil.example").header("Content-Type", "multipart/form-data; boundary=x")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--x--")));
        assertThat(reply.status()).isEqualTo(403);
    }

    private String startCase(String employeeId, String name) {
        return startOnboarding("employeeId", employeeId + "-" + System.nanoTime() % 10000, "fullName", name);
    }

    @Test
    void aReceiptLinkWithAWrongSignatureIsRefused() {
        var reply = get(null, "/receipt/1?sig=00ff");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(postForm("/receipt/1", "sig=00ff").status()).isEqualTo(403);
    }
}
