package com.homebound.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.homebound.equipment.AssetState;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.ItemType;
import com.homebound.shipping.ReceiptLinks;
import com.homebound.support.AppTestCase;
import com.homebound.support.WebappSession;

/**
 * Who reaches what: every role against every sensitive action, each cell the answer that role must
 * get, and a refused answer must carry none of the person's data. Every endpoint Homebound maps must
 * have a row here, so a new one cannot slip in unreviewed.
 */
class RoleMatrixTest extends AppTestCase {

    /** 2xx, but none of the case's data in it: the caller may ask, and is shown nothing of this case. */
    private static final int EMPTY = 2000;
    private static final String ANONYMOUS = "anonymous";
    private static final String SIGNED = "signed";
    private static final List<String> ROLES = List.of(HR, IT, CARRIER, OTHER_CARRIER, MANAGER, VENDOR, ADMIN, ANONYMOUS);

    @Autowired AssetRepository assets;
    @Autowired TaskService taskService;
    @Autowired ReceiptLinks receiptLinks;
    @Autowired RequestMappingHandlerMapping mappings;

    private final String name = "Lea Matrix";
    private final String street = "9 rue du Treillis";
    private String businessKey;
    private String employeeId;
    private String processInstanceId;
    private String hrTask;
    private String carrierTask;
    private long shipmentId;
    private String deploymentId;
    private String filterId;

    /** A row: an action, how each role performs it, and the answer each role must get. */
    private record Row(String action, String endpoint, BiFunction<String, RoleMatrixTest, Reply> call, Map<String, Integer> expected) {
    }

    private final List<Row> rows = new ArrayList<>();

    @Test
    void everyRoleReachesWhatItNeedsAndNothingElse() {
        aCaseWithAParcelOnItsWay();
        homeboundEndpoints();
        engineEndpoints();
        webapps();

        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            row.expected().forEach((role, expected) -> {
                Reply reply = row.call().apply(role, this);
                boolean refused = reply.status() >= 400;
                boolean leaks = (refused || expected == EMPTY) && (reply.body().contains(name) || reply.body().contains(street));
                boolean statusOk = expected == EMPTY ? reply.status() / 100 == 2 : reply.status() == expected;
                if (!statusOk || leaks) {
                    wrong.add(row.action() + " as " + role + ": expected " + (expected == EMPTY ? "2xx showing nothing of the case" : expected)
                            + ", got " + reply.status() + (leaks ? " WITH the person's data" : "") + " " + abbreviate(reply.body()));
                }
            });
        }
        assertThat(wrong).as("cells of the role matrix that do not hold").isEmpty();
    }

    @Test
    void everyEndpointOfHomeboundHasARowInTheMatrix() {
        homeboundEndpoints();
        Set<String> inMatrix = new TreeSet<>();
        rows.stream().map(Row::endpoint).filter(e -> e != null).forEach(inMatrix::add);
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("com.homebound")) {
                for (String path : info.getPatternValues()) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m + " " + path));
                }
            }
        });
        assertThat(inMatrix).as("endpoints with a row in the role matrix").containsAll(mapped);
    }

    private void aCaseWithAParcelOnItsWay() {
        assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "JB40-RM-" + System.nanoTime(), "HB-RM-" + System.nanoTime() % 100000, AssetState.IN_STOCK);
        employeeId = "E-9001-" + System.nanoTime() % 10000;
        var started = post(HR, "/engine-rest/process-definition/key/onboarding/submit-form", formValues(
                "employeeId", employeeId, "fullName", name, "workEmail", "lea.matrix@acme.example",
                "personalEmail", "lea@home.example", "phone", "+33 6 99 99 99 99", "street", street,
                "postalCode", "37000", "city", "Tours", "country", "FR", "startDate", LocalDate.now().plusDays(3).toString(),
                "caseType", "relocation", "profile", "call-centre-agent", "hasBroadband", true, "managerId", MANAGER));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        businessKey = started.json().get("businessKey").asText();
        processInstanceId = started.json().get("id").asText();
        hrTask = get(HR, "/engine-rest/task?taskDefinitionKey=SendAmendment&processInstanceBusinessKey=" + businessKey).json().get(0).get("id").asText();
        String ship = awaitTask(CARRIER, "ShipToHome", businessKey);
        String tracking = "RM" + System.nanoTime();
        assertThat(post(CARRIER, "/engine-rest/task/" + ship + "/submit-form", formValues("trackingNumber", tracking)).status()).isEqualTo(204);
        shipmentId = jdbc.sql("select id from shipment where tracking_number = ?").param(tracking).query(Long.class).single();
        carrierTask = awaitTask(CARRIER, "ConfirmDelivery", businessKey);
        deploymentId = get(ADMIN, "/engine-rest/deployment?name=homebound").json().get(0).get("id").asText();
        filterId = get(HR, "/engine-rest/filter?name=My%20group's%20tasks").json().get(0).get("id").asText();
        for (String user : List.of("matrixvendor", "matrixcarrier")) {
            if (identityService.createUserQuery().userId(user).count() == 0) {
                var u = identityService.newUser(user);
                u.setPassword(password(user));
                identityService.saveUser(u);
            }
        }
    }

    // ---------------------------------------------------------------- Homebound's own endpoints

    private void homeboundEndpoints() {
        row("read a shipment's timeline", "GET /api/shipments/{id}", (role, t) -> t.as(role, "GET", "/api/shipments/" + t.shipmentId, null),
                cells(200, 200, 200, 404, 403, 403, 403, 401));
        row("read unmatched carrier reports", "GET /api/carriers/unmatched-events", (role, t) -> t.as(role, "GET", "/api/carriers/unmatched-events", null),
                cells(403, 200, 403, 403, 403, 403, 403, 401));
        row("read refused carrier reports", "GET /api/carriers/rejected-events", (role, t) -> t.as(role, "GET", "/api/carriers/rejected-events", null),
                cells(403, 200, 403, 403, 403, 403, 403, 401));
        // A carrier's pick list lists its own kits only: another carrier's shows nothing of this one's.
        row("download the day's pick list (CSV)", "GET /api/carriers/pick-list.csv", (role, t) -> t.as(role, "GET",
                "/api/carriers/pick-list.csv", null), cells(403, 403, 200, EMPTY, 403, 403, 403, 401));
        row("open the day's printable pick list", "GET /api/carriers/pick-list", (role, t) -> t.as(role, "GET",
                "/api/carriers/pick-list", null), cells(403, 403, 200, EMPTY, 403, 403, 403, 401));
        row("upload a tracking manifest", "POST /api/carriers/manifests", (role, t) -> t.upload(role, "/api/carriers/manifests",
                "tracking_number,status,timestamp,location\n"), cells(403, 200, 200, 200, 403, 403, 403, 401));
        row("link a user to a carrier", "PUT /api/carriers/{carrier}/users/{userId}", (role, t) -> t.as(role, "PUT",
                "/api/carriers/Colissimo/users/matrixcarrier", null), cells(403, 200, 403, 403, 403, 403, 200, 401));
        row("upload delivery notices (CSV)", "POST /api/vendors/delivery-notices", (role, t) -> t.upload(role, "/api/vendors/delivery-notices",
                "po_number,line,serial_number,asset_tag,ship_date\n"), cells(403, 200, 403, 403, 403, 200, 403, 401));
        // An empty list is refused as such (400) to those who may send notices, and as a whole (403) to the others.
        row("send delivery notices (JSON)", null, (role, t) -> t.as(role, "POST", "/api/vendors/delivery-notices", "{\"lines\":[]}"),
                cells(403, 400, 403, 403, 403, 400, 403, 401));
        row("open IT's delivery-notice page", "GET /api/vendors/delivery-notices", (role, t) -> t.as(role, "GET", "/api/vendors/delivery-notices", null),
                cells(403, 200, 403, 403, 403, 403, 403, 401));
        row("upload delivery notices from IT's page", "POST /api/vendors/delivery-notices/page", (role, t) -> t.upload(role,
                "/api/vendors/delivery-notices/page", "po_number,line,serial_number,asset_tag,ship_date\n"), cells(403, 200, 403, 403, 403, 403, 403, 401));
        row("link a user to a vendor", "PUT /api/vendors/{vendor}/users/{userId}", (role, t) -> t.as(role, "PUT",
                "/api/vendors/Bechtle/users/matrixvendor", null), cells(403, 200, 403, 403, 403, 403, 403, 401));
        // Waves: HR alone creates and starts them; HR and IT follow them. An unknown wave is a 404 to them only.
        row("check a wave's file (dry run)", "POST /api/waves", (role, t) -> t.upload(role, "/api/waves?dryRun=true",
                "Matricule;Nom\nM-1;Matrix\n"), cells(400, 403, 403, 403, 403, 403, 403, 401));
        row("add a file to a wave", "POST /api/waves/{id}/file", (role, t) -> t.upload(role, "/api/waves/999999/file",
                "Matricule;Nom\nM-1;Matrix\n"), cells(404, 403, 403, 403, 403, 403, 403, 401));
        row("start a wave", "POST /api/waves/{id}/start", (role, t) -> t.as(role, "POST", "/api/waves/999999/start", "{}"),
                cells(404, 403, 403, 403, 403, 403, 403, 401));
        row("list waves", "GET /api/waves", (role, t) -> t.as(role, "GET", "/api/waves", null), cells(200, 200, 403, 403, 403, 403, 403, 401));
        row("open the waves page", "GET /waves", (role, t) -> t.as(role, "GET", "/waves", null), cells(200, 200, 403, 403, 403, 403, 403, 401));
        row("follow a wave", "GET /api/waves/{id}", (role, t) -> t.as(role, "GET", "/api/waves/999999", null),
                cells(404, 404, 403, 403, 403, 403, 403, 401));
        // HR's work for a whole wave: contracts in one action, a signed list, training sessions. HR only.
        row("send a wave's contracts in one action", "POST /api/hr/waves/{waveId}/contracts/send", (role, t) -> t.as(role, "POST",
                "/api/hr/waves/999999/contracts/send", "{}"), cells(404, 403, 403, 403, 403, 403, 403, 401));
        row("upload a list of signed contracts", "POST /api/hr/contracts/signed", (role, t) -> t.upload(role, "/api/hr/contracts/signed",
                "employee_id,signed_on\n"), cells(200, 403, 403, 403, 403, 403, 403, 401));
        row("add a training session", "POST /api/hr/training-sessions", (role, t) -> t.as(role, "POST", "/api/hr/training-sessions", "{}"),
                cells(400, 403, 403, 403, 403, 403, 403, 401));
        row("list training sessions", "GET /api/hr/training-sessions", (role, t) -> t.as(role, "GET", "/api/hr/training-sessions", null),
                cells(200, 403, 403, 403, 403, 403, 403, 401));
        row("read a training session's checklist", "GET /api/hr/training-sessions/{id}", (role, t) -> t.as(role, "GET",
                "/api/hr/training-sessions/999999", null), cells(404, 403, 403, 403, 403, 403, 403, 401));
        row("record a training session's attendance", "POST /api/hr/training-sessions/{id}/attendance", (role, t) -> t.as(role, "POST",
                "/api/hr/training-sessions/999999/attendance", "{\"attended\":[]}"), cells(404, 403, 403, 403, 403, 403, 403, 401));
        row("open the training sessions page", "GET /training-sessions", (role, t) -> t.as(role, "GET", "/training-sessions", null),
                cells(200, 403, 403, 403, 403, 403, 403, 401));
        // IT's bench uploads: IT alone completes imaging and accounts tasks from a file (checked here as a dry run, naming the case).
        row("check an imaging bench report", "POST /api/it/imaging-reports", (role, t) -> t.upload(role, "/api/it/imaging-reports?dryRun=true",
                "Serial number;Image version;Disk encryption;Antivirus / EDR;Firewall;VPN profile;USB storage blocked;Automatic security updates\n"
                + "SN-MATRIX-1;W11;oui;oui;oui;oui;oui;oui\n"), cells(403, 200, 403, 403, 403, 403, 403, 401));
        row("check an accounts list", "POST /api/it/accounts-lists", (role, t) -> t.upload(role, "/api/it/accounts-lists?dryRun=true",
                "Matricule;Email professionnel;Identifiant;Profil VPN;MFA activée\n" + t.employeeId + ";lea.matrix@acme.example;lea.matrix;full;oui\n"),
                cells(403, 200, 403, 403, 403, 403, 403, 401));
        row("ask who one is (Tasklist's header offers links by it)", "GET /api/me", (role, t) -> t.as(role, "GET", "/api/me", null),
                cells(EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, 401));
        row("open IT's bench uploads page", "GET /it/uploads", (role, t) -> t.as(role, "GET", "/it/uploads", null),
                cells(403, 200, 403, 403, 403, 403, 403, 401));
        row("post a tracking event without a signature", "POST /api/carriers/aftership/webhook", (role, t) -> t.as(role, "POST",
                "/api/carriers/aftership/webhook", "{\"event_id\":\"x\"}"), cells(401, 401, 401, 401, 401, 401, 401, 401));
        rows.add(new Row("post a signed tracking event", null, (role, t) -> t.signedWebhook(), Map.of(SIGNED, 202)));
        row("open a receipt link with a wrong signature", "GET /receipt/{shipmentId}", (role, t) -> t.as(role, "GET",
                "/receipt/" + t.shipmentId + "?sig=00ff", null), cells(403, 403, 403, 403, 403, 403, 403, 403));
        row("confirm a receipt with a wrong signature", "POST /receipt/{shipmentId}", (role, t) -> t.form("/receipt/" + t.shipmentId, "sig=00ff"),
                cells(403, 403, 403, 403, 403, 403, 403, 403));
        // Tracking: a manager follows their own people (this case's manager is MANAGER), HR and IT everyone.
        row("open the tracking page", "GET /tracking", (role, t) -> t.as(role, "GET", "/tracking", null),
                cells(200, 200, 403, 403, 200, 403, 403, 401));
        row("ask whom the tracking page is for", "GET /api/tracking/me", (role, t) -> t.as(role, "GET", "/api/tracking/me", null),
                cells(200, 200, 403, 403, 200, 403, 403, 401));
        row("list the people one follows", "GET /api/tracking/people", (role, t) -> t.as(role, "GET", "/api/tracking/people", null),
                cells(200, 200, 403, 403, 200, 403, 403, 401));
        row("follow one person", "GET /api/tracking/people/{caseId}", (role, t) -> t.as(role, "GET",
                "/api/tracking/people/" + t.businessKey.substring("case-".length()), null), cells(200, 200, 403, 403, 200, 403, 403, 401));
        row("export the people one follows (CSV)", "GET /api/tracking/people.csv", (role, t) -> t.as(role, "GET", "/api/tracking/people.csv", null),
                cells(200, 200, 403, 403, 200, 403, 403, 401));
        row("list waves to follow", "GET /api/tracking/waves", (role, t) -> t.as(role, "GET", "/api/tracking/waves", null),
                cells(200, 200, 403, 403, 403, 403, 403, 401));
        row("follow a wave's stages", "GET /api/tracking/waves/{id}", (role, t) -> t.as(role, "GET", "/api/tracking/waves/999999", null),
                cells(404, 404, 403, 403, 403, 403, 403, 401));
        row("turn one's daily digest on", "PUT /api/tracking/digest", (role, t) -> t.as(role, "PUT", "/api/tracking/digest", "{\"wanted\":true}"),
                cells(403, 403, 403, 403, 200, 403, 403, 401));
        row("read the API's OpenAPI description", null, (role, t) -> t.as(role, "GET", "/v3/api-docs", null),
                cells(200, 200, 200, 200, 200, 200, 200, 401));
        row("open the API's Swagger UI", null, (role, t) -> t.as(role, "GET", "/swagger-ui/index.html", null),
                cells(200, 200, 200, 200, 200, 200, 200, 401));
        rows.add(new Row("open the employee's receipt link", null, (role, t) -> t.get(null, URI.create(t.receiptLinks.linkFor(t.shipmentId)).getRawPath()
                + "?" + URI.create(t.receiptLinks.linkFor(t.shipmentId)).getRawQuery()), Map.of(SIGNED, 200)));
    }

    // ---------------------------------------------------------------- Camunda's REST API

    private void engineEndpoints() {
        row("list tasks of the case", null, (role, t) -> t.as(role, "GET", "/engine-rest/task?processInstanceBusinessKey=" + t.businessKey, null),
                cells(200, 200, 200, EMPTY, EMPTY, EMPTY, 200, 401));
        row("read the carrier's task", null, (role, t) -> t.as(role, "GET", "/engine-rest/task/" + t.carrierTask, null),
                cells(404, 404, 200, 404, 404, 404, 200, 401));
        row("read the carrier task's variables", null, (role, t) -> t.as(role, "GET", "/engine-rest/task/" + t.carrierTask + "/variables", null),
                cells(403, 403, 200, 403, 403, 403, 200, 401));
        row("rewrite the carrier task's variables", null, (role, t) -> t.as(role, "POST", "/engine-rest/task/" + t.carrierTask + "/variables",
                "{\"modifications\":{\"probe\":{\"value\":\"x\"}}}"), cells(403, 403, 403, 403, 403, 403, 204, 401));
        row("complete HR's task with foreign fields", null, (role, t) -> t.as(role, "POST", "/engine-rest/task/" + t.hrTask + "/complete",
                "{\"variables\":{\"caseId\":{\"value\":1}}}"), cells(400, 400, 400, 400, 400, 400, 400, 401));
        row("read the case's process variables", null, (role, t) -> t.as(role, "GET", "/engine-rest/process-instance/" + t.processInstanceId + "/variables", null),
                cells(403, 403, 403, 403, 403, 403, 200, 401));
        row("read the case's variable history", null, (role, t) -> t.as(role, "GET", "/engine-rest/history/variable-instance?processInstanceId=" + t.processInstanceId, null),
                cells(EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, 200, 401));
        row("read the case's history", null, (role, t) -> t.as(role, "GET", "/engine-rest/history/task?processInstanceId=" + t.processInstanceId, null),
                cells(EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, 200, 401));
        row("list deployments", null, (role, t) -> t.as(role, "GET", "/engine-rest/deployment/count", null),
                cells(200, 200, 200, 200, 200, 200, 200, 401));
        row("read a deployment's resources", null, (role, t) -> t.as(role, "GET", "/engine-rest/deployment/" + t.deploymentId + "/resources", null),
                cells(403, 403, 403, 403, 403, 403, 200, 401));
        row("suspend the onboarding process", null, (role, t) -> t.as(role, "PUT", "/engine-rest/process-definition/key/onboarding/suspended",
                "{\"suspended\":false,\"includeProcessInstances\":false}"), cells(403, 403, 403, 403, 404, 404, 204, 401));
        row("list Tasklist filters", null, (role, t) -> t.as(role, "GET", "/engine-rest/filter/count", null),
                cells(200, 200, 200, 200, 200, 200, 200, 401));
        row("run a Tasklist filter", null, (role, t) -> t.as(role, "GET", "/engine-rest/filter/" + t.filterId + "/list", null),
                cells(200, 200, 200, EMPTY, EMPTY, 403, 200, 401));
        row("create a filter", null, (role, t) -> t.as(role, "POST", "/engine-rest/filter/create",
                "{\"resourceType\":\"Task\",\"name\":\"matrix-" + role + "\",\"query\":{}}"), cells(403, 403, 403, 403, 403, 403, 200, 401));
        row("correlate a message to the case", null, (role, t) -> t.as(role, "POST", "/engine-rest/message",
                "{\"messageName\":\"NoSuchMessage\",\"businessKey\":\"" + t.businessKey + "\"}"), cells(400, 400, 400, 400, 400, 400, 400, 401));
        row("start an onboarding", null, (role, t) -> t.as(role, "POST", "/engine-rest/process-definition/key/onboarding/submit-form",
                "{\"variables\":{}}"), cells(400, 403, 403, 403, 404, 404, 400, 401));
        row("list users", null, (role, t) -> t.as(role, "GET", "/engine-rest/user/count", null), cells(200, 200, 200, 200, 200, 200, 200, 401));
        row("create a user", null, (role, t) -> t.as(role, "POST", "/engine-rest/user/create",
                "{\"profile\":{\"id\":\"matrix" + role.replaceAll("[^a-z0-9]", "") + "\"},\"credentials\":{\"password\":\"a-long-password\"}}"),
                cells(403, 403, 403, 403, 403, 403, 204, 401));
        row("grant an authorization", null, (role, t) -> t.as(role, "POST", "/engine-rest/authorization/create",
                "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"" + role + "\",\"resourceType\":0,\"resourceId\":\"*\"}"),
                cells(403, 403, 403, 403, 403, 403, 200, 401));
    }

    // ---------------------------------------------------------------- the webapps

    private void webapps() {
        row("log in to Tasklist", null, (role, t) -> t.webappLogin(role, "tasklist"), cells(200, 200, 200, 200, 200, 403, 200, 401));
        row("log in to Cockpit", null, (role, t) -> t.webappLogin(role, "cockpit"), cells(403, 403, 403, 403, 403, 403, 200, 401));
        row("read Cockpit's statistics from a webapp session", null, (role, t) -> t.cockpitStatistics(role),
                cells(403, 403, 403, 403, 403, 401, 200, 401));
    }

    // ---------------------------------------------------------------- how each role calls

    private static Map<String, Integer> cells(int hr, int it, int carrier, int otherCarrier, int manager, int vendor, int admin, int anonymous) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        int[] expected = {hr, it, carrier, otherCarrier, manager, vendor, admin, anonymous};
        for (int i = 0; i < ROLES.size(); i++) {
            cells.put(ROLES.get(i), expected[i]);
        }
        return cells;
    }

    private void row(String action, String endpoint, BiFunction<String, RoleMatrixTest, Reply> call, Map<String, Integer> expected) {
        rows.add(new Row(action, endpoint, call, expected));
    }

    private Reply as(String role, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body);
        return send(ANONYMOUS.equals(role) ? null : role, request);
    }

    private Reply upload(String role, String path, String csv) {
        return ANONYMOUS.equals(role)
                ? send(null, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofString("--x--")))
                : postFile(role, path, "matrix.csv", csv);
    }

    private Reply form(String path, String body) {
        return postForm(path, body);
    }

    private Reply signedWebhook() {
        String body = "{\"event\":\"tracking_update\",\"event_id\":\"matrix-" + System.nanoTime() + "\",\"ts\":1763629200,\"msg\":{"
                + "\"tracking_number\":\"UNKNOWN" + System.nanoTime() % 1000000 + "\",\"slug\":\"colissimo\",\"tag\":\"InTransit\",\"checkpoints\":[]}}";
        return send(null, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/carriers/aftership/webhook"))
                .header("Content-Type", "application/json").header("aftership-hmac-sha256", signAfterShip(body))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Reply webappLogin(String role, String app) {
        if (ANONYMOUS.equals(role)) {
            return new Reply(401, "");
        }
        try {
            WebappSession.login(port, role, password(role), app);
            return new Reply(200, "");
        } catch (AssertionError refused) {
            return new Reply(refused.getMessage().contains(" failed: 403") ? 403 : 401, refused.getMessage());
        }
    }

    private Reply cockpitStatistics(String role) {
        if (ANONYMOUS.equals(role) || VENDOR.equals(role)) {
            return new Reply(401, "");
        }
        WebappSession session = WebappSession.login(port, role, password(role), ADMIN.equals(role) ? "cockpit" : "tasklist");
        return session.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics");
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
