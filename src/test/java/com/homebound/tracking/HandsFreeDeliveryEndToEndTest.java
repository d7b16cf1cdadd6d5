package com.homebound.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import com.homebound.purchasing.PurchaseOrder;
import com.homebound.shipping.ParcelReference;
import com.homebound.support.AppTestCase;

/**
 * A laptop goes from purchase to the employee's home with no vendor or carrier task clicked:
 * the vendor's delivery notice and the carrier's signed webhook calls move it. IT still images it.
 */
class HandsFreeDeliveryEndToEndTest extends AppTestCase {

    @Test
    void aDeliveryNoticeAndSignedWebhookCallsTakeALaptopFromPurchaseToDelivered() {
        jdbc.sql("update asset set state = 'WRITTEN_OFF' where state = 'IN_STOCK'").update();
        long session = aTrainingSessionWithRoom(20);
        var started = post(HR, "/engine-rest/process-definition/key/onboarding/submit-form", formValues(
                "employeeId", "E-5" + System.nanoTime() % 100000, "fullName", "Noah Petit", "workEmail", "noah@acme.example",
                "personalEmail", "noah@home.example", "phone", "+33 6 99 88 77 66", "street", "5 rue Colbert",
                "postalCode", "37000", "city", "Tours", "country", "FR", "startDate", LocalDate.now().plusDays(9).toString(),
                "caseType", "new-hire", "profile", "call-centre-agent", "hasBroadband", true, "managerId", MANAGER));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        long caseId = Long.parseLong(started.json().get("businessKey").asText().substring("case-".length()));
        long laptopId = jdbc.sql("select id from bundle_item where case_id = ? and item_type = 'LAPTOP'").param(caseId).query(Long.class).single();
        String poNumber = PurchaseOrder.number(jdbc.sql("select id from purchase_order where bundle_item_id = ?").param(laptopId)
                .query(Long.class).single());

        var notice = postFile(VENDOR, "/api/vendors/delivery-notices", "asn.csv", "po_number,line,serial_number,asset_tag,ship_date\n"
                + poNumber + ",1,PF" + System.nanoTime() % 100000000 + ",HB-" + System.nanoTime() % 1000000 + "," + LocalDate.now() + "\n");
        assertThat(notice.json().get("applied").asInt()).as(notice.body()).isEqualTo(1);

        var imaging = get(IT, "/engine-rest/task?taskDefinitionKey=ImageLaptop&processInstanceBusinessKey=case-" + caseId).json();
        assertThat(imaging).hasSize(1);
        assertThat(post(IT, "/engine-rest/task/" + imaging.get(0).get("id").asText() + "/submit-form", formValues(
                "imageVersion", "W11-2026.11", "diskEncrypted", true, "antivirusActive", true, "firewallOn", true,
                "vpnProfileInstalled", true, "usbStorageBlocked", true, "autoUpdatesOn", true)).status()).isEqualTo(204);

        // The laptop joins its kit, which is sealed for the carrier, in jobs of their own: the carrier gets the order then.
        awaitTask(CARRIER, "ShipToHome", "case-" + caseId);
        String tracking = "CH" + System.nanoTime() % 10000000000L + "FR";
        String reference = ParcelReference.ofBundleItem(laptopId);
        OffsetDateTime now = OffsetDateTime.now();
        for (String[] step : new String[][] {{"InfoReceived", "0"}, {"InTransit", "3"}, {"OutForDelivery", "20"}, {"Delivered", "22"}}) {
            String body = """
                    {"event": "tracking_update", "event_id": "%s", "msg": {"tracking_number": "%s", "slug": "colissimo",
                     "order_id": "%s", "tag": "%s", "checkpoints": [{"checkpoint_time": "%s", "location": "Tours", "message": "%s"}]}}"""
                    .formatted(tracking + "-" + step[0], tracking, reference, step[0], now.plusHours(Long.parseLong(step[1])), step[0]);
            var reply = send(null, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/carriers/aftership/webhook"))
                    .header("Content-Type", "application/json").header("aftership-hmac-sha256", signAfterShip(body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(reply.status()).as("%s: %s", step[0], reply.body()).isEqualTo(200);
        }

        assertThat(jdbc.sql("select state from bundle_item where id = ?").param(laptopId).query(String.class).single()).isEqualTo("DELIVERED");
        assertThat(jdbc.sql("select carrier || '|' || confirmed_by from shipment where tracking_number = ?").param(tracking)
                .query(String.class).single()).isEqualTo("Colissimo|aftership");
        var shipTasks = get(CARRIER, "/engine-rest/task?processInstanceBusinessKey=case-" + caseId + "&taskDefinitionKey=ShipToHome");
        assertThat(shipTasks.status()).isEqualTo(200);
        assertThat(shipTasks.json().isArray()).isTrue();
        assertThat(shipTasks.json().findValuesAsText("name")).as("the laptop's shipping task was completed by the webhook")
                .noneMatch(n -> n.contains("laptop"));
        await("a seat in HR's training session once the laptop arrived", Duration.ofSeconds(20), () ->
                trainingSessionOf(caseId).filter(s -> s == session).isPresent());
        await("the shipping mail", Duration.ofSeconds(15), () -> java.util.Arrays.stream(
                com.homebound.support.TestMailServer.get().getReceivedMessages()).anyMatch(m -> {
                    try {
                        return m.getSubject().equals("Your laptop (Lenovo ThinkPad E14 Gen 6) is on its way")
                                && m.getAllRecipients()[0].toString().equals("noah@home.example");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }));
    }
}
