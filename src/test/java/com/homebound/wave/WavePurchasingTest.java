package com.homebound.wave;

import static com.homebound.support.TestMailServer.receivedBy;
import static com.homebound.support.TestMailServer.subject;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.homebound.purchasing.PurchaseOrder;
import com.homebound.support.AppTestCase;
import com.homebound.support.WaveFiles;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A wave buys per vendor: one purchase order per vendor, mailed once when the wave's cases have all
 * started, one CSV line per model with its quantity; the vendor's notice rows move each item on.
 */
class WavePurchasingTest extends AppTestCase {

    private static final String HEADER = "employeeId,fullName,workEmail,personalEmail,phone,street,postalCode,city,country,"
            + "startDate,caseType,profile,hasBroadband,managerId";
    private static final String SHIP_TO = "\"Homebound IT logistics, 10 rue de la Paix, 75002 Paris, FR\"";

    @Autowired ManagementService managementService;

    @Test
    void aWaveOfTwelveGetsOneOrderPerVendorMailedOnceWithALinePerModelAndTheVendorsNoticeMovesEachLaptopOn() {
        jdbc.sql("update asset set state = 'WRITTEN_OFF' where state = 'IN_STOCK'").update();
        String prefix = "P" + System.nanoTime() % 100000;
        // 8 call-centre agents (a Lenovo E14 from Bechtle) and 4 developers (a Dell Latitude, which IT approves, and
        // a Dell monitor); everyone gets a Jabra headset.
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(String.join(",", prefix + "-" + i, "Person " + i, "p" + i + "@acme.example", "p" + i + "@home.example",
                    "+33 6 12 34 56 78", i + " rue Nationale", "37000", "Tours", "FR", LocalDate.now().plusDays(7).toString(),
                    "new-hire", i < 8 ? "call-centre-agent" : "developer", "yes", MANAGER));
        }
        var reply = uploadAndStart(HEADER + "\n" + String.join("\n", rows) + "\n");
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        long waveId = reply.json().get("waveId").asLong();
        await("the wave's cases to start", Duration.ofSeconds(120), () -> startedRows(waveId) == 12);
        String cases = jdbc.sql("select id from onboarding_case where wave_id = ?").param(waveId).query(Long.class).list().stream()
                .map(id -> "case-" + id).collect(Collectors.joining(","));

        // IT approves the developers' laptops in Tasklist.
        JsonNode approvals = get(IT, "/engine-rest/task?taskDefinitionKey=ApprovePurchase&processInstanceBusinessKeyIn=" + cases).json();
        assertThat(approvals).hasSize(4);
        for (JsonNode task : approvals) {
            var approved = post(IT, "/engine-rest/task/" + task.get("id").asText() + "/submit-form", formValues("purchaseDecision", "approve"));
            assertThat(approved.status()).as(approved.body()).isEqualTo(204);
        }
        assertThat(ordersOf(waveId)).as("nothing is ordered while the wave waits to count its cases").isEmpty();

        // The wave counts where its cases are: all started, so its purchase orders go out.
        theWaveCounts(waveId);

        Map<String, PurchaseOrder> orders = ordersOf(waveId);
        assertThat(orders.keySet()).containsExactlyInAnyOrder("Bechtle", "Dell", "Jabra");
        String bechtle = orders.get("Bechtle").number();
        String dell = orders.get("Dell").number();
        String jabra = orders.get("Jabra").number();
        mailedOnce("orders@bechtle.example", bechtle, csv(
                bechtle + ",1,Lenovo ThinkPad E14 Gen 6,8,749.00," + LocalDate.now().plusDays(5) + "," + SHIP_TO));
        mailedOnce("orders@dell.example", dell, csv(
                dell + ",1,Dell Latitude 7450,4,1390.00," + LocalDate.now().plusDays(7) + "," + SHIP_TO,
                dell + ",2,Dell P2425H,4,219.00," + LocalDate.now().plusDays(7) + "," + SHIP_TO));
        mailedOnce("orders@jabra.example", jabra, csv(
                jabra + ",1,Jabra Evolve2 40,12,119.00," + LocalDate.now().plusDays(3) + "," + SHIP_TO));
        await("every item to wait for its delivery", Duration.ofSeconds(120),
                () -> get(IT, "/engine-rest/task/count?taskDefinitionKey=ReceiveFromVendor&processInstanceBusinessKeyIn=" + cases)
                        .json().get("count").asInt() == 8 * 2 + 4 * 3);

        // Bechtle's notice: one row per laptop shipped, one serial number each, and one row too many.
        StringBuilder notice = new StringBuilder("po_number,line,serial_number,asset_tag,ship_date\n");
        for (int i = 0; i < 9; i++) {
            notice.append(bechtle).append(",1,").append(prefix).append("SN").append(i).append(",,").append(LocalDate.now()).append('\n');
        }
        var applied = postFile(VENDOR, "/api/vendors/delivery-notices", "asn.csv", notice.toString());
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("applied").asInt()).isEqualTo(8);
        assertThat(applied.json().get("rejected").get(0).get("line").asInt()).isEqualTo(10);
        assertThat(applied.json().get("rejected").get(0).get("reason").asText()).isEqualTo(bechtle
                + " line 1 is for 8 × Lenovo ThinkPad E14 Gen 6, all 8 delivered already: serial number " + prefix + "SN8 is one more than ordered");
        assertThat(get(IT, "/engine-rest/task/count?taskDefinitionKey=TagAsset&processInstanceBusinessKeyIn=" + cases).json()
                .get("count").asInt()).as("IT tags each laptop delivered untagged").isEqualTo(8);
        assertThat(jdbc.sql("""
                select count(*) from bundle_item b join onboarding_case c on c.id = b.case_id
                where c.wave_id = ? and b.item_type = 'LAPTOP' and b.state = 'RECEIVED'""").param(waveId).query(Integer.class).single())
                .isEqualTo(8);

        var resent = postFile(VENDOR, "/api/vendors/delivery-notices", "asn.csv", notice.toString());
        assertThat(resent.json().get("applied").asInt()).isZero();
        assertThat(resent.json().get("alreadyApplied").asInt()).isEqualTo(8);
        assertThat(resent.json().get("rejected")).hasSize(1);

        // Counting again sends nothing new: each order went out once.
        theWaveCounts(waveId);
        assertThat(ordersOf(waveId)).hasSize(3);
        assertThat(timesMailed("orders@bechtle.example", bechtle)).isEqualTo(1);
    }

    // ---------------------------------------------------------------- helpers

    /** The wave's "A while later" is due: run it now rather than in 15 minutes. */
    private void theWaveCounts(long waveId) {
        await("the wave to wait before counting", Duration.ofSeconds(60), () -> countingTimer(waveId) != null);
        managementService.executeJob(countingTimer(waveId).getId());
    }

    private Job countingTimer(long waveId) {
        String process = jdbc.sql("select process_instance_id from wave where id = ?").param(waveId).query(String.class).single();
        return managementService.createJobQuery().processInstanceId(process).activityId("WaitBeforeCounting").singleResult();
    }

    private Map<String, PurchaseOrder> ordersOf(long waveId) {
        return jdbc.sql("select * from purchase_order where wave_id = ?").param(waveId).query(PurchaseOrder.class).list().stream()
                .collect(Collectors.toMap(PurchaseOrder::vendor, po -> po));
    }

    private static String csv(String... lines) {
        return "po_number,line,model,quantity,unit_price_eur,expected_delivery,ship_to\n" + String.join("\n", lines) + "\n";
    }

    /**
     * What the vendor reads: the CSV of each mail it received about this order. Other test contexts
     * number their orders from 1 too and share the mail server, so it may hold their mails as well.
     */
    private static List<String> csvsReceived(String vendor, String poNumber) {
        List<String> csvs = new ArrayList<>();
        try {
            for (MimeMessage mail : receivedBy(vendor).stream().filter(m -> subject(m).equals("Purchase order " + poNumber)).toList()) {
                Multipart parts = (Multipart) mail.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    Part part = parts.getBodyPart(i);
                    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                        // Mail carries text with CRLF line ends.
                        csvs.add(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
                    }
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return csvs;
    }

    /** How many times this app mailed the order (its outbox, which no other test context shares). */
    private int timesMailed(String vendor, String poNumber) {
        return jdbc.sql("select count(*) from outgoing_mail where recipient = ? and subject = ?").params(vendor, "Purchase order " + poNumber)
                .query(Integer.class).single();
    }

    private void mailedOnce(String vendor, String poNumber, String csv) {
        assertThat(timesMailed(vendor, poNumber)).as("%s mailed to %s", poNumber, vendor).isEqualTo(1);
        await(vendor + " to receive " + poNumber + " with its lines", Duration.ofSeconds(30), () -> csvsReceived(vendor, poNumber).contains(csv));
    }

    private int startedRows(long waveId) {
        return jdbc.sql("select count(*) from wave_person where wave_id = ? and status = 'STARTED'").param(waveId).query(Integer.class).single();
    }

    private Reply uploadAndStart(String file) {
        byte[] body = WaveFiles.uploadBody("PCA level 3, Tours", "3", "Tours", LocalDate.now().plusDays(14).toString(),
                file.getBytes(StandardCharsets.UTF_8));
        return send(HR, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/waves?start=true"))
                .header("Content-Type", "multipart/form-data; boundary=" + WaveFiles.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }
}
