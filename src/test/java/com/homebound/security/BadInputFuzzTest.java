package com.homebound.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.homebound.equipment.AssetState;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.ItemType;
import com.homebound.support.AppTestCase;

/**
 * Bad input, generated from a fixed seed, at every door a user or a partner system can knock on:
 * the start form, the forms of real open tasks, the CSV and JSON endpoints and the signed webhook.
 * Whatever comes in, the answer is never a 5xx, comes within a time bound, and a refused input
 * leaves every table as it was.
 */
class BadInputFuzzTest extends AppTestCase {

    private static final long SEED = 20261123L;
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final String HUGE = "x".repeat(100_000);
    /** A java.util.HashMap, serialized: the engine must never deserialize what a caller sends. */
    private static final String SERIALIZED = Base64.getEncoder().encodeToString(new byte[] {
            (byte) 0xAC, (byte) 0xED, 0x00, 0x05, 0x73, 0x72, 0x00, 0x11, 'j', 'a', 'v', 'a', '.', 'u', 't', 'i', 'l', '.',
            'H', 'a', 's', 'h', 'M', 'a', 'p'});

    /** What the tables hold: a refused input must change none of it. */
    private static final String COUNTS = """
            select (select count(*) from employee) || ',' || (select count(*) from onboarding_case) || ','
                || (select count(*) from bundle_item) || ',' || (select count(*) from shipment) || ','
                || (select count(*) from tracking_event) || ',' || (select count(*) from asset) || ','
                || (select count(*) from purchase_order_line where serial_number is not null) || ','
                || (select count(*) from vendor_user) || ',' || (select count(*) from outgoing_mail) || ','
                || (select count(*) from contract where sent_at is not null) || ',' || (select count(*) from imaging_checklist) || ','
                || (select count(*) from equipment_return) || ','
                || (select count(*) from act_ru_execution) || ',' || (select count(*) from act_ru_task) || ','
                || (select count(*) from act_ru_variable) || ',' || (select count(*) from act_hi_procinst)""";

    @Autowired AssetRepository assets;

    private final Random random = new Random(SEED);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One generated input: who sends it, where, and what. */
    private record Input(String name, String user, String method, String path, String contentType, byte[] body) {
    }

    @Test
    void noBadInputAnswers5xxHangsOrWritesAnything() throws Exception {
        Fixtures fixtures = openTasksOfEveryKind();
        List<Input> inputs = new ArrayList<>();
        startForms(inputs);
        taskForms(inputs, fixtures);
        uploads(inputs);
        jsonEndpoints(inputs);
        webhooks(inputs, fixtures);
        assertThat(inputs.size()).isGreaterThanOrEqualTo(200);

        List<String> failures = new ArrayList<>();
        for (Input input : inputs) {
            String before = counts();
            long started = System.nanoTime();
            HttpResponse<String> reply;
            try {
                reply = http.send(request(input), HttpResponse.BodyHandlers.ofString());
            } catch (java.net.http.HttpTimeoutException e) {
                failures.add(input.name() + ": no answer within " + BOUND.toSeconds() + " s");
                continue;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            String answer = reply.statusCode() + " " + abbreviate(reply.body());
            if (reply.statusCode() >= 500) {
                failures.add(input.name() + ": " + answer);
            } else if (took.compareTo(BOUND) > 0) {
                failures.add(input.name() + ": answered in " + took.toMillis() + " ms");
            } else if (refused(reply) && !counts().equals(before)) {
                failures.add(input.name() + ": refused (" + answer + ") but rows changed " + before + " -> " + counts());
            }
        }
        assertThat(failures).as("%d of %d generated inputs (seed %d)", failures.size(), inputs.size(), SEED).isEmpty();
    }

    // ---- the start form ----------------------------------------------------------------------------

    private void startForms(List<Input> inputs) {
        String path = "/engine-rest/process-definition/key/onboarding/submit-form";
        Map<String, Object[]> bad = new LinkedHashMap<>();
        bad.put("employeeId", new Object[] {"", "a", "E 1001!", HUGE, 42, true});
        bad.put("fullName", new Object[] {"", "Amina <script>", HUGE, "Amina\u0000Berrada"});
        bad.put("workEmail", new Object[] {"", "amina", "a,b@acme.example", "Amina <a@acme.example>", HUGE});
        bad.put("personalEmail", new Object[] {"a,b@home.example", "a;b@home.example", "@home.example", 7});
        bad.put("phone", new Object[] {"", "call me", "+33 6 12 34 56 78 90 12 34 56", HUGE});
        bad.put("street", new Object[] {"", "12 <b>rue</b>", HUGE});
        bad.put("postalCode", new Object[] {"", "1234567890123", "<37000>"});
        bad.put("city", new Object[] {"", "Tours>", HUGE});
        bad.put("country", new Object[] {"", "XX", "FRA", 33});
        bad.put("startDate", new Object[] {"", "1900-01-01", "+999999999-01-01", "tomorrow", "2026-13-45", 20261201, true});
        bad.put("caseType", new Object[] {"", "promotion", 1});
        bad.put("profile", new Object[] {"", "astronaut", HUGE});
        bad.put("hasBroadband", new Object[] {"maybe", 2});
        bad.put("managerId", new Object[] {"", "nobody", "m".repeat(300), "<manager>"});
        bad.forEach((field, values) -> {
            for (Object value : values) {
                Map<String, Object> form = validStart();
                form.put(field, value);
                inputs.add(json("start form, " + field + " = " + shown(value), HR, path, formJson(form)));
            }
        });
        Map<String, Object> nested = validStart();
        nested.put("fullName", Map.of("first", "Amina"));
        nested.put("city", "");
        inputs.add(json("start form, a nested object and a blank city", HR, path, formJson(nested)));
        Map<String, Object> nulls = validStart();
        nulls.replaceAll((k, v) -> null);
        inputs.add(json("start form, every field null", HR, path, formJson(nulls)));
        Map<String, Object> unknown = validStart();
        unknown.put("bundleItemId", 1);
        unknown.put("country", "");
        inputs.add(json("start form, an unknown field and a blank country", HR, path, formJson(unknown)));
        inputs.add(json("start form, empty body", HR, path, ""));
        inputs.add(json("start form, {}", HR, path, "{}"));
        inputs.add(json("start form, variables null", HR, path, "{\"variables\": null}"));
        inputs.add(json("start form, variables a list", HR, path, "{\"variables\": [1, 2]}"));
        inputs.add(json("start form, malformed JSON", HR, path, "{\"variables\": {\"fullName\": {\"value\": \"Amina\""));
        inputs.add(json("start form, a Java-serialized variable", HR, path, "{\"variables\": {\"fullName\": " + serialized() + "}}"));
        inputs.add(json("start form, a typed Date far ahead", HR, path, formJson(validStart()).replace(
                "\"startDate\":{\"value\":\"" + validStart().get("startDate") + "\"}",
                "\"startDate\":{\"value\":\"999999-01-01T00:00:00.000+0000\",\"type\":\"Date\"}")));
        for (int i = 0; i < 8; i++) {
            Map<String, Object> form = validStart();
            List<String> keys = new ArrayList<>(form.keySet());
            form.put(keys.get(random.nextInt(keys.size())), randomJunk());
            form.put("startDate", "1899-12-31");
            inputs.add(json("start form, random junk #" + i, HR, path, formJson(form)));
        }
        String returnPath = "/engine-rest/process-definition/key/equipment-return/submit-form";
        for (Object employee : new Object[] {"", "E-NOBODY-404", HUGE, 12}) {
            inputs.add(json("return start form, employeeId = " + shown(employee), HR, returnPath,
                    formJson(Map.of("employeeId", employee, "reason", "leaving"))));
        }
        String teamPath = "/engine-rest/process-definition/key/team-equipment-return/submit-form";
        for (Object manager : new Object[] {"", "nobody", "m".repeat(300)}) {
            inputs.add(json("team return start form, managerId = " + shown(manager), HR, teamPath,
                    formJson(Map.of("managerId", manager, "reason", "site-closed"))));
        }
    }

    private Map<String, Object> validStart() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("employeeId", "FZ-" + random.nextInt(1_000_000));
        form.put("fullName", "Amina Berrada");
        form.put("workEmail", "amina@acme.example");
        form.put("personalEmail", "amina@home.example");
        form.put("phone", "+33 6 12 34 56 78");
        form.put("street", "12 rue des Lilas");
        form.put("postalCode", "37000");
        form.put("city", "Tours");
        form.put("country", "FR");
        form.put("startDate", LocalDate.now().plusDays(10).toString());
        form.put("caseType", "new-hire");
        form.put("profile", "call-centre-agent");
        form.put("hasBroadband", false);
        form.put("managerId", MANAGER);
        return form;
    }

    // ---- the forms of real open tasks ---------------------------------------------------------------

    private record Fixtures(Map<String, String> taskIds, Map<String, String> taskUsers, Map<String, Map<String, Object>> valid,
                            String shippedTracking) {
    }

    private void taskForms(List<Input> inputs, Fixtures fixtures) {
        fixtures.taskIds().forEach((key, taskId) -> {
            String user = fixtures.taskUsers().get(key);
            Map<String, Object> valid = fixtures.valid().get(key);
            List<String> fields = new ArrayList<>(valid.keySet());
            String first = fields.get(0);
            for (String action : List.of("submit-form", "complete")) {
                String path = "/engine-rest/task/" + taskId + "/" + action;
                inputs.add(json(key + " " + action + ", {}", user, path, "{}"));
                inputs.add(json(key + " " + action + ", no fields", user, path, "{\"variables\": {}}"));
                inputs.add(json(key + " " + action + ", malformed JSON", user, path, "{\"variables\": {"));
                inputs.add(json(key + " " + action + ", variables a string", user, path, "{\"variables\": \"all\"}"));
            }
            String path = "/engine-rest/task/" + taskId + "/submit-form";
            for (String field : fields) {
                // Another field left blank keeps every input a refusal, whatever the engine makes of this one's value.
                String anchor = field.equals(first) ? (fields.size() > 1 ? fields.get(1) : null) : first;
                for (Object value : new Object[] {null, HUGE, Map.of("nested", List.of(1, 2)), 123456789, "\u0000"}) {
                    if (anchor == null && (value == null || value instanceof Number)) {
                        continue;
                    }
                    Map<String, Object> form = new LinkedHashMap<>(valid);
                    form.put(field, value);
                    if (anchor != null) {
                        form.put(anchor, "");
                    }
                    inputs.add(json(key + ", " + field + " = " + shown(value), user, path, formJson(form)));
                }
            }
            Map<String, Object> unknown = new LinkedHashMap<>(valid);
            unknown.put("bundleItemId", 1);
            inputs.add(json(key + ", an unknown field", user, path, formJson(unknown)));
            inputs.add(json(key + ", a Java-serialized variable", user, path, "{\"variables\": {\"" + first + "\": " + serialized() + "}}"));
        });
        inputs.add(json("unknown task id, submit-form", CARRIER, "/engine-rest/task/no-such-task/submit-form",
                formJson(Map.of("carrier", "DPD", "trackingNumber", "NOSUCH1234"))));
        inputs.add(json("unknown task id, complete", IT, "/engine-rest/task/00000000-0000-0000-0000-000000000000/complete", "{}"));
        String ship = fixtures.taskIds().get("ShipToHome");
        inputs.add(json("ShipToHome, a carrier of its own choosing (the parcel has one assigned)", CARRIER, "/engine-rest/task/" + ship + "/submit-form",
                formJson(Map.of("carrier", "Teleport Express", "trackingNumber", "TELE123456"))));
        inputs.add(json("ShipToHome, empty body", CARRIER, "/engine-rest/task/" + ship + "/submit-form", ""));
        String delivery = fixtures.taskIds().get("ConfirmDelivery");
        inputs.add(json("ConfirmDelivery, delivered in 1900", CARRIER, "/engine-rest/task/" + delivery + "/submit-form",
                formJson(Map.of("deliveredOn", "1900-01-01", "receivedBy", "Amina"))));
        inputs.add(json("ConfirmDelivery, received by <script>", CARRIER, "/engine-rest/task/" + delivery + "/submit-form",
                formJson(Map.of("deliveredOn", LocalDate.now().toString(), "receivedBy", "<script>alert(1)</script>"))));
    }

    /** Open tasks of each kind a form belongs to, each with answers that would be accepted. */
    private Fixtures openTasksOfEveryKind() {
        jdbc.sql("update asset set state = 'WRITTEN_OFF' where state = 'IN_STOCK'").update();
        for (int i = 0; i < 2; i++) {
            assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "JB-FZ-" + System.nanoTime(), "HB-FZ" + System.nanoTime() % 1_000_000, AssetState.IN_STOCK);
        }
        String first = startCase();
        String second = startCase();
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, String> users = new LinkedHashMap<>();
        Map<String, Map<String, Object>> valid = new LinkedHashMap<>();
        String today = LocalDate.now().toString();
        // The second case moves on: its contract is sent, its laptop received, its headset shipped.
        complete(second, HR, "SendContract", Map.of("contractReference", "ENV-FZ"));
        complete(second, IT, "ReceiveFromVendor", "laptop", Map.of("serialNumber", "SN-FZ-" + System.nanoTime(), "assetTag", "HB-Z" + System.nanoTime() % 100000));
        String tracking = "FZ" + System.nanoTime();
        complete(second, CARRIER, "ShipToHome", Map.of("trackingNumber", tracking));

        open(first, HR, "SendContract", ids, users, valid, "contractReference", "ENV-FZ-1");
        open(first, IT, "SetUpAccountsAndVpn", ids, users, valid, "accountLogin", "amina.fz", "mailboxCreated", true,
                "vpnAccessGranted", true, "mfaEnrolled", true);
        open(first, IT, "ReceiveFromVendor", ids, users, valid, "serialNumber", "SN-FZ-OK", "assetTag", "HB-FZOK");
        open(first, CARRIER, "ShipToHome", ids, users, valid, "trackingNumber", "FZOK123456");
        open(second, HR, "RecordSignedContract", ids, users, valid, "signedOn", today, "signedCopyReference", "SIGNED-FZ");
        open(second, IT, "ImageLaptop", ids, users, valid, "imageVersion", "W11", "diskEncrypted", true, "antivirusActive", true,
                "firewallOn", true, "vpnProfileInstalled", true, "usbStorageBlocked", true, "autoUpdatesOn", true);
        open(second, CARRIER, "ConfirmDelivery", ids, users, valid, "deliveredOn", today, "receivedBy", "Amina");
        // Background work (async continuations, mail) settles before counting rows.
        await("the fixtures to settle", Duration.ofSeconds(30), this::quiet);
        return new Fixtures(ids, users, valid, tracking);
    }

    private String startCase() {
        Map<String, Object> form = validStart();
        form.put("employeeId", "FZ-" + System.nanoTime() % 10_000_000);
        Reply started = post(HR, "/engine-rest/process-definition/key/onboarding/submit-form", formValuesOf(form));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        return started.json().get("businessKey").asText();
    }

    private String taskOf(String businessKey, String user, String taskKey, String nameContains) {
        for (JsonNode task : get(user, "/engine-rest/task?taskDefinitionKey=" + taskKey + "&processInstanceBusinessKey=" + businessKey).json()) {
            if (nameContains == null || task.get("name").asText().contains(nameContains)) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError("No open " + taskKey + " for " + businessKey);
    }

    private void complete(String businessKey, String user, String taskKey, Map<String, Object> values) {
        complete(businessKey, user, taskKey, null, values);
    }

    private void complete(String businessKey, String user, String taskKey, String nameContains, Map<String, Object> values) {
        Reply done = post(user, "/engine-rest/task/" + taskOf(businessKey, user, taskKey, nameContains) + "/submit-form", formValuesOf(values));
        assertThat(done.status()).as("%s: %s", taskKey, done.body()).isEqualTo(204);
    }

    private void open(String businessKey, String user, String taskKey, Map<String, String> ids, Map<String, String> users,
                      Map<String, Map<String, Object>> valid, Object... answers) {
        ids.put(taskKey, taskOf(businessKey, user, taskKey, null));
        users.put(taskKey, user);
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i += 2) {
            ordered.put((String) answers[i], answers[i + 1]);
        }
        valid.put(taskKey, ordered);
    }

    private boolean quiet() {
        String before = counts();
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return before.equals(counts()) && jdbc.sql("select count(*) from act_ru_job where retries_ > 0 and duedate_ is null")
                .query(Integer.class).single() == 0;
    }

    // ---- CSV uploads ------------------------------------------------------------------------------

    private void uploads(List<Input> inputs) {
        String manifest = "tracking_number,status,timestamp,location\n";
        String notice = "po_number,line,serial_number,asset_tag,ship_date\n";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty", new byte[0]);
        files.put("only a BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        files.put("UTF-16 with BOM", "\uFEFFtracking_number,status\nX,Y\n".getBytes(StandardCharsets.UTF_16));
        files.put("Latin-1 bytes", "tracking_number,status,timestamp,location\nAB123456,InTransit,2026-11-20T10:00:00Z,Orl\u00e9ans\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] binary = new byte[4096];
        random.nextBytes(binary);
        files.put("random bytes", binary);
        files.put("an unterminated quote in the header", "\"tracking_number,status\n".getBytes(StandardCharsets.UTF_8));
        files.put("a header only of quotes", "\"\"\"\"\n".getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            inputs.add(upload("manifest, " + file.getKey(), CARRIER, "/api/carriers/manifests", "file", file.getValue()));
            inputs.add(upload("delivery notice, " + file.getKey(), IT, "/api/vendors/delivery-notices", "file", file.getValue()));
            inputs.add(upload("imaging report, " + file.getKey(), IT, "/api/it/imaging-reports", "file", file.getValue()));
            inputs.add(upload("accounts list, " + file.getKey(), IT, "/api/it/accounts-lists", "file", file.getValue()));
        }
        String imaging = "Serial number;Image version;Disk encryption;Antivirus / EDR;Firewall;VPN profile;USB storage blocked;"
                + "Automatic security updates\n";
        String[] imagingLines = {
                "SN-404;W11;oui;oui;oui;oui;oui;oui", "SN-404;" + "W".repeat(5_000) + ";oui;oui;oui;oui;oui;oui",
                "SN\u0000404;W11;oui;oui;oui;oui;oui;oui", "SN-404;W1\u00001;oui;oui;oui;oui;oui;oui", "S".repeat(5_000) + ";W11;oui;oui;oui;oui;oui;oui",
                "SN-404;W11;peut-être;oui;oui;oui;oui;oui", "SN-404;W11;oui;oui;oui;oui;oui;oui;extra;extra", "\"SN-404;W11", ";;;;;;;",
        };
        for (String line : imagingLines) {
            inputs.add(upload("imaging report line " + shown(line), IT, "/api/it/imaging-reports", "file",
                    (imaging + line + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        String accounts = "Matricule;Email professionnel;Identifiant;Profil VPN;MFA activée\n";
        String[] accountLines = {
                "E-404;a@acme.example;a.login;full;oui", "E-404;a@acme.example;A LOGIN;full;oui", "E-40\u00004;a@acme.example;a;full;oui",
                "E-404;a@acme.example;a.login;" + "V".repeat(5_000) + ";oui", "E-404;a@acme.example;a.login;fu\u0000ll;oui",
                "E-404;<a@acme.example>;a.login;full;oui", "E".repeat(5_000) + ";a@acme.example;a.login;full;oui", "\"E-404;a", ";;;;",
        };
        for (String line : accountLines) {
            inputs.add(upload("accounts list line " + shown(line), IT, "/api/it/accounts-lists", "file",
                    (accounts + line + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        String[] manifestLines = {
                "AB123456,InTransit,+999999999-01-01T00:00:00Z,Tours",
                "AB123456,InTransit,1900-01-01T00:00:00Z,Tours",
                "AB123456,Delivered," + OffsetDateTime.now(ZoneOffset.UTC).plusDays(4) + ",Tours",
                "AB123456,Teleported,2026-11-20T10:00:00Z,Tours",
                "AB123456,InTransit,yesterday,Tours",
                "AB123456,InTransit,2026-11-20T10:00:00Z,Tours,extra",
                "\"AB123456,InTransit,2026-11-20T10:00:00Z,Tours",
                "A\"B\"123456,InTransit,2026-11-20T10:00:00Z,Tours",
                "T".repeat(5_000) + ",InTransit,2026-11-20T10:00:00Z,Tours",
                "AB123456,InTransit,2026-11-20T10:00:00Z," + "L".repeat(200_000),
                "AB12\u00003456,InTransit,2026-11-20T10:00:00Z,Tours",
                "AB123456,InTransit,2026-11-20T10:00:00Z,Tou\u0000rs",
                ",,,",
        };
        for (String line : manifestLines) {
            inputs.add(upload("manifest line " + shown(line), CARRIER, "/api/carriers/manifests", "file",
                    (manifest + line + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        String[] noticeLines = {
                "PO-999999,1,SN-404,,2026-11-20",
                "PO-99999999999999999999999,1,SN-404,,2026-11-20",
                "PO-000001,abc,SN-404,,2026-11-20",
                "PO-000001,99999999999,SN-404,,2026-11-20",
                "PO-000001,1,SN-404,,+999999999-01-01",
                "PO-000001,1,SN-404,,1900-01-01",
                "PO-000001,1," + "S".repeat(5_000) + ",,2026-11-20",
                "PO-000001,1,SN-404,<tag>,2026-11-20",
                "PO-000001,1,SN\u0000404,,2026-11-20",
                "\"PO-000001,1,SN-404,,2026-11-20",
        };
        for (String line : noticeLines) {
            inputs.add(upload("delivery notice line " + shown(line), IT, "/api/vendors/delivery-notices", "file",
                    (notice + line + "\n").getBytes(StandardCharsets.UTF_8)));
            inputs.add(upload("delivery notice page, line " + shown(line), IT, "/api/vendors/delivery-notices/page", "file",
                    (notice + line + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        inputs.add(upload("manifest in the wrong multipart field", CARRIER, "/api/carriers/manifests", "upload",
                manifest.getBytes(StandardCharsets.UTF_8)));
        inputs.add(new Input("manifest, not multipart", CARRIER, "POST", "/api/carriers/manifests", "text/csv",
                manifest.getBytes(StandardCharsets.UTF_8)));
        inputs.add(new Input("manifest, a broken multipart body", CARRIER, "POST", "/api/carriers/manifests",
                "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc".getBytes(StandardCharsets.UTF_8)));
        inputs.add(upload("manifest over 1 MB", CARRIER, "/api/carriers/manifests", "file",
                (manifest + ("AB123456,InTransit,2026-11-20T10:00:00Z," + "L".repeat(100) + "\n").repeat(12_000)).getBytes(StandardCharsets.UTF_8)));
    }

    // ---- JSON endpoints ---------------------------------------------------------------------------

    private void jsonEndpoints(List<Input> inputs) {
        String path = "/api/vendors/delivery-notices";
        String line = "{\"poNumber\": \"PO-999999\", \"line\": 1, \"serialNumber\": \"SN-404\", \"shipDate\": \"2026-11-20\"}";
        String[] bodies = {
                "", "null", "[]", "\"lines\"", "42", "{}", "{\"lines\": null}", "{\"lines\": []}", "{\"lines\": \"PO-000001\"}",
                "{\"lines\": [null]}", "{\"lines\": [" + line + ", null]}", "{\"lines\": [1, 2]}", "{\"lines\": [[]]}",
                "{\"lines\": [{}]}", "{\"lines\": [{\"line\": \"abc\"}]}", "{\"lines\": [{\"line\": 1e30}]}",
                "{\"lines\": [{\"line\": {\"n\": 1}}]}", "{\"lines\": [{\"poNumber\": [\"PO-000001\"]}]}",
                "{\"lines\": [" + line.replace("2026-11-20", "+999999999-01-01") + "]}",
                "{\"lines\": [" + line.replace("2026-11-20", "1900-01-01") + "]}",
                "{\"lines\": [" + line.replace("2026-11-20", "20/11/2026") + "]}",
                "{\"lines\": [" + line.replace("PO-999999", "PO-" + "9".repeat(40)) + "]}",
                "{\"lines\": [" + line.replace("SN-404", "S".repeat(5_000)) + "]}",
                "{\"lines\": [" + line.replace("SN-404", "SN\\u0000404") + "]}",
                "{\"lines\": [" + line + "], \"unknown\": true}",
                "{\"lines\": [" + line,
                "[".repeat(5_000) + "]".repeat(5_000),
                "{\"lines\": [" + (line + ",").repeat(500) + line + "]}",
        };
        for (String body : bodies) {
            inputs.add(json("delivery notice JSON " + shown(body), IT, path, body));
        }
        inputs.add(json("delivery notice JSON as a vendor, null line", VENDOR, path, "{\"lines\": [null]}"));
        for (String user : new String[] {"u".repeat(300), "a%20b", "%3Cscript%3E", "x".repeat(64) + "y"}) {
            inputs.add(new Input("link vendor user " + shown(user), IT, "PUT", "/api/vendors/Jabra/users/" + user, null, new byte[0]));
        }
        inputs.add(new Input("link a user to a 5,000-character vendor", IT, "PUT", "/api/vendors/" + "v".repeat(5_000) + "/users/someone", null, new byte[0]));
        for (String id : new String[] {"abc", "99999999999999999999", "-1", "1.5"}) {
            inputs.add(new Input("shipment " + id, IT, "GET", "/api/shipments/" + id, null, null));
        }
        for (String receipt : new String[] {"/receipt/abc", "/receipt/1?sig=zz", "/receipt/99999999999999999999?sig=00"}) {
            inputs.add(new Input("receipt " + receipt, null, "POST", receipt, "application/x-www-form-urlencoded",
                    "sig=zz".getBytes(StandardCharsets.UTF_8)));
        }
    }

    // ---- the signed webhook -------------------------------------------------------------------------

    private void webhooks(List<Input> inputs, Fixtures fixtures) {
        String known = fixtures.shippedTracking();
        String ahead = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString();
        List<String> bodies = new ArrayList<>(List.of(
                "", "tracking please", "null", "[]", "\"event\"", "42", "{}", "{\"event_id\": \"e1\"}", "{\"msg\": {}}",
                "[".repeat(5_000) + "]".repeat(5_000),
                event("e".repeat(10_000), known, "InTransit", "\"2026-11-20T10:00:00Z\"", null),
                event("evt-fz-obj", known, "InTransit", "\"2026-11-20T10:00:00Z\"", null).replace("\"evt-fz-obj\"", "{\"id\": 1}"),
                event("evt-fz-slug", known, "InTransit", "\"2026-11-20T10:00:00Z\"", null).replace("\"ups\"", "\"" + "s".repeat(5_000) + "\""),
                event("evt-fz-slugtype", known, "InTransit", "\"2026-11-20T10:00:00Z\"", null).replace("\"ups\"", "[\"ups\"]"),
                event("evt-fz-tag", known, "Teleported", "\"2026-11-20T10:00:00Z\"", null),
                event("evt-fz-tagnum", known, "InTransit", "\"2026-11-20T10:00:00Z\"", null).replace("\"tag\": \"InTransit\"", "\"tag\": 5"),
                event("evt-fz-short", "AB1", "InTransit", "\"2026-11-20T10:00:00Z\"", null),
                event("evt-fz-long", "T".repeat(5_000), "InTransit", "\"2026-11-20T10:00:00Z\"", null),
                event("evt-fz-nul", known + "\\u0000", "InTransit", "\"2026-11-20T10:00:00Z\"", null),
                event("evt-fz-ts-abc", known, "InTransit", null, "\"abc\""),
                event("evt-fz-ts-1e19", known, "InTransit", null, "1e19"),
                event("evt-fz-ts--1e19", known, "InTransit", null, "-1e19"),
                event("evt-fz-ts-max", known, "InTransit", null, "9223372036854775807"),
                event("evt-fz-ts-big", known, "InTransit", null, "99999999999999999999999"),
                event("evt-fz-ts-1969", known, "InTransit", null, "-5"),
                event("evt-fz-ts-obj", known, "InTransit", null, "{\"s\": 1}"),
                event("evt-fz-time-garbage", known, "InTransit", "\"soon\"", null),
                event("evt-fz-time-num", known, "InTransit", "1763629200", null),
                event("evt-fz-time-far", known, "InTransit", "\"+999999999-01-01T00:00:00Z\"", null),
                event("evt-fz-time-1900", known, "InTransit", "\"1900-01-01T00:00:00Z\"", null),
                event("evt-fz-ahead", known, "Delivered", "\"" + ahead + "\"", null),
                event("evt-fz-ahead-unknown", "FZUNKNOWN123", "Delivered", "\"" + ahead + "\"", null),
                event("evt-fz-order", known, "InfoReceived", "\"2026-11-20T10:00:00Z\"", null).replace("\"slug\"", "\"order_id\": \"HB-99999999999999999999\", \"slug\""),
                event("evt-fz-order-long", known, "InfoReceived", "\"2026-11-20T10:00:00Z\"", null).replace("\"slug\"", "\"order_id\": \"" + "O".repeat(5_000) + "\", \"slug\""),
                event("evt-fz-location-nul", known, "InTransit", "\"2026-11-20T10:00:00Z\"", null).replace("\"Tours\"", "\"Tou\\u0000rs\""),
                "{\"event_id\": \"evt-fz-cp\", \"msg\": {\"tracking_number\": \"" + known + "\", \"slug\": \"ups\", \"tag\": \"InTransit\", \"checkpoints\": \"many\"}}",
                "{\"event_id\": \"evt-fz-cp2\", \"msg\": {\"tracking_number\": \"" + known + "\", \"slug\": \"ups\", \"tag\": \"InTransit\", \"checkpoints\": [\"x\", 1, null]}}",
                "{\"event_id\": \"evt-fz-msg\", \"msg\": \"InTransit\"}",
                "{\"event_id\": \"evt-fz-cut\", \"msg\": {\"tracking_number\": \"" + known + "\""));
        for (int i = 0; i < 10; i++) {
            bodies.add(event("evt-fz-rnd-" + i, known, "InTransit", "\"" + (1000 + random.nextInt(999)) + "-0" + (1 + random.nextInt(9)) + "-10T10:00:00Z\"", null));
        }
        for (String body : bodies) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            inputs.add(new Input("webhook " + shown(body), "aftership:" + signAfterShip(body), "POST", AfterShipWebhookPath.PATH,
                    "application/json", bytes));
        }
        inputs.add(new Input("webhook, unsigned", null, "POST", AfterShipWebhookPath.PATH, "application/json",
                event("evt-fz-unsigned", known, "Delivered", "\"2026-11-20T10:00:00Z\"", null).getBytes(StandardCharsets.UTF_8)));
        inputs.add(new Input("webhook, over 256 KB", "aftership:" + signAfterShip("x".repeat(300_000)), "POST", AfterShipWebhookPath.PATH,
                "application/json", "x".repeat(300_000).getBytes(StandardCharsets.UTF_8)));
    }

    private static final class AfterShipWebhookPath {
        static final String PATH = "/api/carriers/aftership/webhook";
    }

    private static String event(String eventId, String tracking, String tag, String checkpointTime, String ts) {
        return "{\"event\": \"tracking_update\", \"event_id\": \"" + eventId + "\"" + (ts == null ? "" : ", \"ts\": " + ts)
                + ", \"msg\": {\"tracking_number\": \"" + tracking + "\", \"slug\": \"ups\", \"tag\": \"" + tag + "\""
                + (checkpointTime == null ? "" : ", \"checkpoints\": [{\"checkpoint_time\": " + checkpointTime
                + ", \"location\": \"Tours\", \"message\": \"Parcel scanned\"}]") + "}}";
    }

    // ---- sending and judging ----------------------------------------------------------------------

    /** Refused: a 4xx, a webhook answer other than applied/duplicate/unmatched, or an import that applied nothing. */
    private static boolean refused(HttpResponse<String> reply) {
        if (reply.statusCode() >= 400) {
            return true;
        }
        try {
            JsonNode body = JSON.readTree(reply.body());
            if (body == null) {
                return false;
            }
            if (body.has("status") && body.get("status").isTextual()) {
                return List.of("rejected", "invalid", "refused").contains(body.get("status").asText());
            }
            return body.has("applied") && body.get("applied").asInt() == 0 && body.get("alreadyApplied").asInt() == 0
                    && body.path("unmatched").isEmpty();
        } catch (Exception notJson) {
            return reply.body().contains(" 0 line(s) applied");
        }
    }

    private HttpRequest request(Input input) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + input.path())).timeout(BOUND.plusSeconds(5));
        if (input.user() != null && input.user().startsWith("aftership:")) {
            request.header("aftership-hmac-sha256", input.user().substring("aftership:".length()));
        } else if (input.user() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (input.user() + ":" + password(input.user())).getBytes(StandardCharsets.UTF_8)));
        }
        if (input.contentType() != null) {
            request.header("Content-Type", input.contentType());
        }
        HttpRequest.BodyPublisher body = input.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(input.body());
        return request.method(input.method(), body).build();
    }

    private static Input json(String name, String user, String path, String body) {
        return new Input(name, user, "POST", path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static Input upload(String name, String user, String path, String field, byte[] content) {
        String boundary = "----fuzz" + name.hashCode();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"fuzz.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Input(name, user, "POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static String formJson(Map<String, Object> values) {
        try {
            Map<String, Object> variables = new LinkedHashMap<>();
            values.forEach((k, v) -> {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("value", v);
                variables.put(k, value);
            });
            return JSON.writeValueAsString(Map.of("variables", variables));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> formValuesOf(Map<String, Object> values) {
        try {
            return JSON.readValue(formJson(values), Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serialized() {
        return "{\"value\": \"" + SERIALIZED + "\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.util.HashMap\", "
                + "\"serializationDataFormat\": \"application/x-java-serialized-object\"}}";
    }

    private Object randomJunk() {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextLong();
            case 1 -> random.nextDouble() * 1e300;
            case 2 -> "<" + "\u00e9\u4e2d\ud83d\ude00".repeat(random.nextInt(50)) + ">";
            case 3 -> List.of(random.nextInt(), "x");
            case 4 -> "%s%n${jndi:ldap://x}#{7*7}";
            default -> "\t\r\n".repeat(random.nextInt(10) + 1);
        };
    }

    private String counts() {
        return jdbc.sql(COUNTS).query(String.class).single();
    }

    private static String shown(Object value) {
        String text = String.valueOf(value).replace("\u0000", "\\0").replace("\n", "\\n");
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
