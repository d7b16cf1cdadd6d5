package com.homebound.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.homebound.support.AppTestCase;

/** IT's imaging bench report completes the imaging tasks of the laptops it shows hardened, and nothing else. */
class ImagingReportUploadTest extends AppTestCase {

    @Autowired TaskService taskService;
    @Autowired AuthorizationService authorizationService;

    private static final String HEADER = "Serial number,Image version,Disk encryption,Antivirus / EDR,Firewall,VPN profile,"
            + "USB storage blocked,Automatic security updates\n";

    @Test
    void goodRowsCompleteTheirLaptopsImagingTasksAsTheItUser() {
        String first = aLaptopToImage();
        String second = aLaptopToImage();

        Reply reply = upload(HEADER + first + ",W11-2026.11,yes,yes,yes,yes,yes,yes\n" + second + ",W11-2026.11,true,1,TRUE,oui,Yes,1\n");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("applied").asInt()).isEqualTo(2);
        assertThat(line(reply, 2).get("outcome").asText()).isEqualTo("done");
        assertThat(line(reply, 2).get("words").asText()).contains("W11-2026.11", "every control confirmed");
        for (String serial : new String[] {first, second}) {
            assertThat(imagingTaskOpen(serial)).as("imaging task of " + serial).isFalse();
            assertThat(jdbc.sql("""
                    select c.image_version || ' by ' || c.completed_by from imaging_checklist c join bundle_item b on b.id = c.bundle_item_id
                    join asset a on a.id = b.asset_id where a.serial_number = ?""").param(serial).query(String.class).single())
                    .isEqualTo("W11-2026.11 by " + IT);
            assertThat(jdbc.sql("select b.state from bundle_item b join asset a on a.id = b.asset_id where a.serial_number = ?")
                    .param(serial).query(String.class).single()).isNotEqualTo("RECEIVED");
        }
    }

    @Test
    void aRowWithAControlMissingOrFalseLeavesItsTaskOpenAndSaysWhichControlOnItsLine() {
        String good = aLaptopToImage();
        String noFirewall = aLaptopToImage();
        String usbOpen = aLaptopToImage();

        Reply reply = upload(HEADER + good + ",W11-2026.11,yes,yes,yes,yes,yes,yes\n"
                + noFirewall + ",W11-2026.11,yes,yes,,yes,yes,yes\n"
                + usbOpen + ",W11-2026.11,yes,yes,yes,yes,no,yes\n");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("applied").asInt()).isEqualTo(1);
        assertThat(line(reply, 3).get("outcome").asText()).isEqualTo("refused");
        assertThat(line(reply, 3).get("words").asText()).startsWith("Firewall must be confirmed");
        assertThat(line(reply, 4).get("words").asText()).startsWith("USB storage blocking must be confirmed");
        assertThat(imagingTaskOpen(good)).isFalse();
        assertThat(imagingTaskOpen(noFirewall)).isTrue();
        assertThat(imagingTaskOpen(usbOpen)).isTrue();
        assertThat(checklists(noFirewall) + checklists(usbOpen)).isZero();
    }

    @Test
    void anUnknownSerialIsReportedAndTheOtherRowsGoThrough() {
        String known = aLaptopToImage();

        Reply reply = upload(HEADER + "NOSUCH-" + System.nanoTime() % 1_000_000 + ",W11-2026.11,yes,yes,yes,yes,yes,yes\n"
                + known + ",W11-2026.11,yes,yes,yes,yes,yes,yes\n");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(line(reply, 2).get("outcome").asText()).isEqualTo("not found");
        assertThat(line(reply, 2).get("words").asText()).startsWith("No laptop has serial number NOSUCH-");
        assertThat(line(reply, 3).get("outcome").asText()).isEqualTo("done");
        assertThat(imagingTaskOpen(known)).isFalse();
    }

    @Test
    void theSameReportTwiceChangesNothingTheSecondTime() {
        String serial = aLaptopToImage();
        String file = HEADER + serial + ",W11-2026.11,yes,yes,yes,yes,yes,yes\n";
        assertThat(upload(file).json().get("applied").asInt()).isEqualTo(1);
        OffsetDateTime imagedAt = imagedAt(serial);

        Reply again = upload(file);

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("applied").asInt()).isZero();
        assertThat(again.json().get("alreadyApplied").asInt()).isEqualTo(1);
        assertThat(line(again, 2).get("outcome").asText()).isEqualTo("already done");
        assertThat(line(again, 2).get("words").asText()).contains("Imaged already", "by " + IT, "nothing changed");
        assertThat(checklists(serial)).isEqualTo(1);
        assertThat(imagedAt(serial)).isEqualTo(imagedAt);
    }

    @Test
    void aFrenchExcelReportIsReadWithItsOwnHeadersOrderAndExtraColumns() {
        String serial = aLaptopToImage();
        String refused = aLaptopToImage();
        String file = "Poste;Numéro de série;Pare-feu;Chiffrement du disque;Antivirus / EDR;Profil VPN;Stockage USB bloqué;"
                + "Mises à jour de sécurité automatiques;Version de l'image;Commentaire\r\n"
                + "PC-01;" + serial + ";oui;oui;oui;oui;oui;oui;W11-2026.11;Vérifié par Zoé\r\n"
                + "PC-02;" + refused + ";oui;non;oui;oui;oui;oui;W11-2026.11;Disque à refaire\r\n"
                + ";;;;;;;;;\r\n";

        Reply reply = upload(file.getBytes(Charset.forName("windows-1252")), false);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("applied").asInt()).isEqualTo(1);
        assertThat(reply.json().get("lines")).hasSize(2);
        assertThat(imagingTaskOpen(serial)).isFalse();
        assertThat(line(reply, 3).get("words").asText()).startsWith("Disk encryption must be confirmed");
        assertThat(imagingTaskOpen(refused)).isTrue();
    }

    @Test
    void aDryRunSaysWhatEachLineWouldDoAndChangesNothing() {
        String serial = aLaptopToImage();

        Reply reply = upload((HEADER + serial + ",W11-2026.11,yes,yes,yes,yes,yes,yes\n").getBytes(StandardCharsets.UTF_8), true);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("dryRun").asBoolean()).isTrue();
        assertThat(line(reply, 2).get("outcome").asText()).isEqualTo("would be done");
        assertThat(imagingTaskOpen(serial)).isTrue();
        assertThat(checklists(serial)).isZero();
    }

    @Test
    void aReportCompletesOnlyTasksTheUploaderMayWork() {
        String theirs = aLaptopToImage();
        // This laptop's imaging is handed to another group: IT's report must not complete it.
        String processInstanceId = jdbc.sql("select b.process_instance_id from bundle_item b join asset a on a.id = b.asset_id where a.serial_number = ?")
                .param(theirs).query(String.class).single();
        var task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("ImageLaptop").singleResult();
        taskService.addCandidateGroup(task.getId(), "hr");
        taskService.deleteCandidateGroup(task.getId(), "it");
        // Removing a candidate group leaves the rights it was given on the task: take them back too.
        authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(task.getId()).groupIdIn("it").list().forEach(a -> authorizationService.deleteAuthorization(a.getId()));

        Reply reply = upload(HEADER + theirs + ",W11-2026.11,yes,yes,yes,yes,yes,yes\n");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(line(reply, 2).get("outcome").asText()).isEqualTo("refused");
        assertThat(line(reply, 2).get("words").asText()).startsWith("No imaging task of this laptop is open to you");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isEqualTo(1);
        assertThat(checklists(theirs)).isZero();
    }

    @Test
    void aFileWithoutAControlsColumnIsRefusedAsAWholeSayingWhichColumn() {
        Reply reply = upload("Serial number;Image version;Disk encryption\nSN-0001;W11;oui\n");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("missing", "\"Firewall\" or \"Pare-feu\"",
                "\"Automatic security updates\" or \"Mises à jour de sécurité automatiques\"");
    }

    // ---------------------------------------------------------------- helpers

    /** A laptop bought for a new case and received by IT: its imaging task is open. Answers its serial number. */
    private String aLaptopToImage() {
        String key = startOnboarding();
        String receive = get(IT, "/engine-rest/task?taskDefinitionKey=ReceiveFromVendor&processInstanceBusinessKey=" + key)
                .json().get(0).get("id").asText();
        String serial = "SN-IMG" + System.nanoTime() % 100_000_000;
        String tag = "HB-M" + System.nanoTime() % 1_000_000;
        Reply received = post(IT, "/engine-rest/task/" + receive + "/submit-form", formValues("serialNumber", serial, "assetTag", tag));
        assertThat(received.status()).as(received.body()).isEqualTo(204);
        assertThat(imagingTaskOpen(serial)).isTrue();
        return serial;
    }

    private boolean imagingTaskOpen(String serial) {
        String processInstanceId = jdbc.sql("""
                select b.process_instance_id from bundle_item b join asset a on a.id = b.asset_id where a.serial_number = ?""")
                .param(serial).query(String.class).single();
        return get(IT, "/engine-rest/task?taskDefinitionKey=ImageLaptop&processInstanceId=" + processInstanceId).json().size() == 1;
    }

    private int checklists(String serial) {
        return jdbc.sql("""
                select count(*) from imaging_checklist c join bundle_item b on b.id = c.bundle_item_id join asset a on a.id = b.asset_id
                where a.serial_number = ?""").param(serial).query(Integer.class).single();
    }

    private OffsetDateTime imagedAt(String serial) {
        return jdbc.sql("""
                select c.completed_at from imaging_checklist c join bundle_item b on b.id = c.bundle_item_id join asset a on a.id = b.asset_id
                where a.serial_number = ?""").param(serial).query(OffsetDateTime.class).single();
    }

    private Reply upload(String csv) {
        return upload(csv.getBytes(StandardCharsets.UTF_8), false);
    }

    /** The file as a browser sends it, bytes unchanged (Excel's Windows-1252 included). */
    private Reply upload(byte[] csv, boolean dryRun) {
        String boundary = "----homebound" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + csv.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(csv, 0, body, head.length, csv.length);
        System.arraycopy(tail, 0, body, head.length + csv.length, tail.length);
        return send(IT, HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/it/imaging-reports?dryRun=" + dryRun))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static JsonNode line(Reply reply, int line) {
        for (JsonNode l : reply.json().get("lines")) {
            if (l.get("line").asInt() == line) {
                return l;
            }
        }
        throw new AssertionError("No line " + line + " in " + reply.body());
    }
}
