package com.homebound.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.equipment.AssetState;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.ItemType;
import com.homebound.support.AppTestCase;
import com.homebound.support.WebappSession;

/** The holes an attacker with any login found, each closed inside the engine whatever the URL. */
class EngineGuardsTest extends AppTestCase {

    private static final String CONCAT = "${\"car\".concat(\"rier\")}";

    @Autowired AssetRepository assets;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;

    @Test
    void noLoginMakesTheEngineEvaluateAnExpressionHiddenInATaskSearch() {
        String shipTask = shipTaskOf(startCase("E-7001", "Chloe Petit"));
        String orQuery = "{\"orQueries\":[{\"assigneeExpression\":\"" + CONCAT.replace("\"", "\\\"") + "\"}]}";
        String candidateOr = "{\"orQueries\":[{\"candidateGroupExpression\":\"${''.getClass().forName('java.lang.Runtime')}\"}]}";
        for (String user : List.of(CARRIER, VENDOR, HR)) {
            for (String body : List.of(orQuery, candidateOr)) {
                var reply = post(user, "/engine-rest/task", json(body));
                assertThat(reply.status()).as(user + " " + body + ": " + reply.body()).isEqualTo(400);
                assertThat(reply.body()).contains("Task searches may not contain expressions").doesNotContain(shipTask);
                assertThat(post(user, "/engine-rest/task/count", json(body)).status()).isEqualTo(400);
            }
        }
        String filterId = get(CARRIER, "/engine-rest/filter?name=My%20group's%20tasks").json().get(0).get("id").asText();
        for (String path : List.of("/engine-rest/filter/" + filterId + "/list", "/engine-rest/filter/" + filterId + "/count",
                "/engine-rest/engine/default/filter/" + filterId + "/list")) {
            var reply = post(CARRIER, path, json(orQuery));
            assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(400);
        }
        WebappSession tasklist = WebappSession.login(port, CARRIER, password(CARRIER), "tasklist");
        var viaTasklist = tasklist.post("/camunda/api/engine/engine/default/task", orQuery);
        assertThat(viaTasklist.status()).as(viaTasklist.body()).isEqualTo(400);
        var viaTasklistFilter = tasklist.post("/camunda/api/engine/engine/default/filter/" + filterId + "/list", orQuery);
        assertThat(viaTasklistFilter.status()).as(viaTasklistFilter.body()).isEqualTo(400);

        // Homebound's own filters still work: they use only ${currentUser()} and ${currentUserGroups()}.
        var ownFilter = post(CARRIER, "/engine-rest/filter/" + filterId + "/list", Map.of());
        assertThat(ownFilter.status()).as(ownFilter.body()).isEqualTo(200);
        assertThat(ownFilter.body()).contains(shipTask);
    }

    @Test
    void noFilterWithAnExpressionOfItsOwnCanBeStored() {
        var reply = post(ADMIN, "/engine-rest/filter/create", Map.of("resourceType", "Task", "name", "sneaky",
                "query", Map.of("assigneeExpression", CONCAT)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        var orReply = post(ADMIN, "/engine-rest/filter/create", Map.of("resourceType", "Task", "name", "sneaky",
                "query", Map.of("orQueries", List.of(Map.of("assigneeExpression", CONCAT)))));
        assertThat(orReply.status()).as(orReply.body()).isEqualTo(400);
        assertThat(get(ADMIN, "/engine-rest/filter?name=sneaky").json()).isEmpty();
    }

    @Test
    void aCarrierCannotShipAnotherPersonsParcelWhateverTheUrlSpelling() {
        String alice = startCase("E-7002", "Alice Martin");
        String bob = startCase("E-7003", "Bob Durand");
        String alicesTask = shipTaskOf(alice);
        long bobsItem = jdbc.sql("select id from bundle_item where case_id = ? and item_type = 'HEADSET'")
                .param(Long.parseLong(bob.substring(5))).query(Long.class).single();
        Map<String, Object> forged = formValues("trackingNumber", "FORGED123456", "bundleItemId", bobsItem);

        for (String path : List.of("/engine-rest/task/" + alicesTask + "/complete;x=1", "/engine-rest/task/" + alicesTask + "/complete/",
                "/engine-rest/task/" + alicesTask + "/submit-form;a", "/engine-rest/task/" + alicesTask + "/resolve;a",
                "/engine-rest/engine/default/task/" + alicesTask + "/complete")) {
            var reply = post(CARRIER, path, forged);
            assertThat(reply.status()).as(path + ": " + reply.body()).isIn(400, 404);
        }
        WebappSession tasklist = WebappSession.login(port, CARRIER, password(CARRIER), "tasklist");
        var viaTasklist = tasklist.post("/camunda/api/engine/engine/default/task/" + alicesTask + "/submit-form", toJson(forged));
        assertThat(viaTasklist.status()).as(viaTasklist.body()).isEqualTo(400);
        assertThat(viaTasklist.json().get("message").asText()).isEqualTo("These are not fields of this form: bundleItemId");

        assertThat(taskService.createTaskQuery().taskId(alicesTask).count()).as("Alice's task is still open").isOne();
        assertThat(jdbc.sql("select count(*) from shipment s join kit_item k on k.shipment_id = s.id where k.bundle_item_id = ? and s.tracking_number is not null").param(bobsItem).query(Integer.class).single()).isZero();
    }

    @Test
    void objectsAndUnknownTasksAreRefusedInWords() {
        Map<String, Object> serialized = Map.of("variables", Map.of("employeeId", Map.of("type", "Object",
                "value", "rO0ABXQABGV2aWw=", "valueInfo", Map.of("objectTypeName", "java.lang.String",
                        "serializationDataFormat", "application/x-java-serialized-object"))));
        var start = post(HR, "/engine-rest/process-definition/key/onboarding/submit-form", serialized);
        assertThat(start.status()).as(start.body()).isEqualTo(400);
        assertThat(start.json().get("message").asText()).isEqualTo("employeeId: send text, a number, true/false or a date, not an object");

        var unknown = post(CARRIER, "/engine-rest/task/no-such-task/complete", Map.of("variables", Map.of()));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).isEqualTo("This task does not exist or has already been completed");

        var atActivity = post(HR, "/engine-rest/process-definition/key/onboarding/start",
                Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "ProvisionEquipment"))));
        assertThat(atActivity.status()).as(atActivity.body()).isEqualTo(403);
    }

    @Test
    void homeAddressPhoneAndPersonalEmailNeverReachTheEnginesHistory() {
        String businessKey = startCase("E-7004", "Dora Lefebvre");
        String processInstanceId = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("onboarding").processInstanceBusinessKey(businessKey)
                .singleResult().getId();
        shipTaskOf(businessKey); // the carrier's task shows the address while it is open

        List<HistoricDetail> details = historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).list();
        assertThat(details).isNotEmpty();
        for (HistoricDetail detail : details) {
            if (detail instanceof HistoricVariableUpdate update) {
                assertThat(update.getVariableName()).isNotIn("personalEmail", "phone", "street", "postalCode", "city", "deliveryAddress");
                assertThat(String.valueOf(update.getValue())).doesNotContain("dora@home.example", "+33 6 11 22 33 44", "rue des Tanneurs");
            }
        }
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableNameIn("personalEmail", "phone", "street", "postalCode", "city", "deliveryAddress").count()).isZero();
        var asAdmin = get(ADMIN, "/engine-rest/history/detail?variableUpdates=true&processInstanceId=" + processInstanceId);
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.body()).doesNotContain("dora@home.example", "+33 6 11 22 33 44", "rue des Tanneurs").contains("Dora Lefebvre");
    }

    @Test
    void theFirstAdministratorCanNeverBeCreatedFromTheSetupPage() {
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).as("direct members").isPositive();
        String profile = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@n.example\"},"
                + "\"credentials\":{\"password\":\"intruder-password\"}}";
        for (String path : List.of("/camunda/api/admin/setup/default/user/create", "/camunda/api/admin/setup/default/user/create;x=1",
                "/camunda/api/admin/setup/default/user/create/", "/camunda/api/admin/setup;x/default/user/create",
                "/camunda//api/admin/setup/default/user/create")) {
            var reply = send(null, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(profile)));
            assertThat(reply.status()).as(path).isBetween(400, 499);
        }
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void theLastDirectAdministratorCannotBeRemoved() {
        List<String> members = identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream()
                .map(u -> u.getId()).toList();
        // Remove every member but one; the last one must stay.
        for (String member : members) {
            if (!member.equals(ADMIN)) {
                identityService.deleteMembership(member, Groups.CAMUNDA_ADMIN);
            }
        }
        try {
            var reply = send(ADMIN, HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/engine-rest/group/camunda-admin/members/" + ADMIN)).DELETE());
            assertThat(reply.status()).as(reply.body()).isEqualTo(409);
            assertThat(reply.json().get("message").asText()).contains("last Camunda administrator");
            var deleteUser = send(ADMIN, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/user/" + ADMIN)).DELETE());
            assertThat(deleteUser.status()).isEqualTo(409);
            assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId(ADMIN).count()).isOne();
        } finally {
            members.forEach(member -> {
                if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId(member).count() == 0) {
                    identityService.createMembership(member, Groups.CAMUNDA_ADMIN);
                }
            });
        }
    }

    private String startCase(String employeeId, String name) {
        assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "JB40-EG-" + System.nanoTime(), "HB-EG-" + System.nanoTime() % 100000, AssetState.IN_STOCK);
        return startOnboarding("employeeId", employeeId + "-" + System.nanoTime() % 10000, "fullName", name,
                "personalEmail", "dora@home.example", "phone", "+33 6 11 22 33 44", "street", "3 rue des Tanneurs");
    }

    private String shipTaskOf(String businessKey) {
        awaitTask(CARRIER, "ShipToHome", businessKey);
        var tasks = get(CARRIER, "/engine-rest/task?taskDefinitionKey=ShipToHome&processInstanceBusinessKey=" + businessKey).json();
        assertThat(tasks).as("ship task of " + businessKey).isNotEmpty();
        return tasks.get(0).get("id").asText();
    }

    private static Object json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
