package com.homebound.onboarding;

import static com.homebound.support.TestMailServer.receivedBy;
import static com.homebound.support.TestMailServer.subject;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.homebound.equipment.AssetState;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.ItemType;
import com.homebound.support.AppTestCase;
import com.homebound.support.TestMailServer;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;

/** One person, from HR's start form to "ready to work", every task done over REST by a member of its group. */
class RemoteOnboardingEndToEndTest extends AppTestCase {

    private static final Pattern RECEIPT_LINK = Pattern.compile("(/receipt/\\d+)\\?sig=([0-9a-f]+)");

    @Autowired AssetRepository assets;

    @Test
    void hrStartsACaseAndItCarrierAndHrTakeItToReady() throws Exception {
        jdbc.sql("update asset set state = 'WRITTEN_OFF' where state = 'IN_STOCK'").update();
        assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "JB40-E2E-1", "HB-E2E-001", AssetState.IN_STOCK);
        String personalEmail = "amina.berrada@home.example";
        long session = aTrainingSessionWithRoom(20);

        var started = post(HR, "/engine-rest/process-definition/key/onboarding/submit-form", formValues(
                "employeeId", "E-2001", "fullName", "Amina Berrada", "workEmail", "amina.berrada@acme.example",
                "personalEmail", personalEmail, "phone", "+33 6 12 34 56 78", "street", "12 rue des Lilas",
                "postalCode", "37000", "city", "Tours", "country", "FR", "startDate", LocalDate.now().plusDays(7).toString(),
                "caseType", "new-hire", "profile", "call-centre-agent", "hasBroadband", false, "managerId", MANAGER));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String businessKey = started.json().get("businessKey").asText();
        long caseId = Long.parseLong(businessKey.substring("case-".length()));

        // The 4G box comes from the operator straight to Amina's home (drop-shipping): its notice names the parcel.
        long boxOrder = jdbc.sql("""
                select o.id from purchase_order o join bundle_item b on b.id = o.bundle_item_id
                where b.case_id = ? and b.item_type = 'FOUR_G_BOX'""").param(caseId).query(Long.class).single();
        var notice = post(IT, "/api/vendors/delivery-notices", Map.of("lines", List.of(Map.of("poNumber", String.format("PO-%06d", boxOrder),
                "line", 1, "serialNumber", "OB" + System.nanoTime() % 100_000_000, "assetTag", "HB-B" + System.nanoTime() % 100_000,
                "shipDate", LocalDate.now().toString(), "carrier", "Colissimo", "trackingNumber", "6A" + System.nanoTime() % 1_000_000_000L))));
        assertThat(notice.json().get("applied").asInt()).as(notice.body()).isEqualTo(1);
        assertThat(employeeConfirmsFromTheShippingMail("4G box")).isTrue();

        Set<String> done = new HashSet<>();
        List<String> carrierSawAddresses = new ArrayList<>();
        boolean employeeConfirmedHeadset = false;
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!"READY".equals(caseStatus(caseId))) {
            assertThat(System.nanoTime()).as("case still not ready; tasks done: %s", done).isLessThan(deadline);
            boolean progressed = false;
            for (String user : List.of(HR, IT, CARRIER)) {
                for (JsonNode task : get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json()) {
                    String key = task.get("taskDefinitionKey").asText();
                    assertThat(task.get("name").asText()).contains("Amina Berrada");
                    assertThat(task.get("due").isNull()).as("due date of %s", key).isFalse();
                    if (key.equals("ConfirmDelivery") && task.get("name").asText().contains("headset")) {
                        employeeConfirmedHeadset |= employeeConfirmsFromTheShippingMail("headset");
                        continue;
                    }
                    if (key.equals("ShipToHome")) {
                        carrierSawAddresses.add(get(user, "/engine-rest/task/" + task.get("id").asText() + "/form-variables")
                                .json().get("deliveryAddress").get("value").asText());
                    }
                    var reply = post(user, "/engine-rest/task/" + task.get("id").asText() + "/submit-form", answerFor(key));
                    assertThat(reply.status()).as("%s completing %s: %s", user, key, reply.body()).isEqualTo(204);
                    done.add(key);
                    progressed = true;
                }
            }
            // Placed into HR's session once the laptop arrived, and invited: HR ticks Amina on the session's checklist.
            if (!done.contains("training") && jdbc.sql("select count(*) from training_placement where case_id = ? and invited_at is not null")
                    .param(caseId).query(Integer.class).single() == 1) {
                theTrainingTookPlace(caseId);
                var checklist = post(HR, "/api/hr/training-sessions/" + session + "/attendance", Map.of("attended", List.of(caseId)));
                assertThat(checklist.status()).as(checklist.body()).isEqualTo(200);
                assertThat(checklist.json().get("attended").asInt()).isEqualTo(1);
                done.add("training");
                progressed = true;
            }
            if (!progressed) {
                Thread.sleep(200);
            }
        }

        assertThat(done).contains("SendContract", "RecordSignedContract", "SetUpAccountsAndVpn", "ReceiveFromVendor",
                "ImageLaptop", "ShipToHome", "ConfirmDelivery", "training");
        assertThat(employeeConfirmedHeadset).isTrue();
        // A kit for the headset, then one for the laptop once imaged (these tests do not let a kit wait); the box came from its vendor.
        assertThat(carrierSawAddresses).hasSize(2).allMatch(a -> a.contains("12 rue des Lilas, 37000 Tours, FR"));
        assertThat(jdbc.sql("select item_type || ':' || state from bundle_item where case_id = ?").param(caseId).query(String.class).list())
                .containsExactlyInAnyOrder("LAPTOP:DELIVERED", "HEADSET:DELIVERED", "FOUR_G_BOX:DELIVERED");
        assertThat(jdbc.sql("select count(*) from asset a join bundle_item b on b.asset_id = a.id where b.case_id = ? and a.serial_number is not null")
                .param(caseId).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select confirmed_by from shipment s join bundle_item b on b.id = s.bundle_item_id where b.case_id = ? and b.item_type = 'HEADSET'")
                .param(caseId).query(String.class).single()).isEqualTo("employee");

        // The manager gets mail from other tests' cases too: pick this case's by its subject.
        await("the ready mails", Duration.ofSeconds(20), () -> readyMailsToManager().size() == 1
                && receivedBy("amina.berrada@acme.example").size() == 1);
        MimeMessage toManager = readyMailsToManager().get(0);
        assertThat(GreenMailUtil.getBody(toManager)).contains("Hello Maria", "Amina Berrada is ready to work from home from");
        assertThat(receivedBy("amina.berrada@acme.example").get(0).getSubject()).isEqualTo("You are ready to work from home");
        List<String> toEmployeeAtHome = receivedBy(personalEmail).stream().map(TestMailServer::subject).toList();
        assertThat(toEmployeeAtHome).contains("Your laptop (Lenovo ThinkPad E14 Gen 6) is on its way",
                "Your headset (Jabra Evolve2 40) is on its way", "Your 4G box (Orange Airbox 4G) is on its way");
        assertThat(toEmployeeAtHome).anyMatch(s -> s.startsWith("Your remote training on collaboration tools"));
    }

    /** The employee opens the receipt link from their shipping mail and presses the button. */
    private boolean employeeConfirmsFromTheShippingMail(String item) throws Exception {
        await("the " + item + " shipping mail", Duration.ofSeconds(10), () -> receivedBy("amina.berrada@home.example").stream()
                .anyMatch(m -> subject(m).startsWith("Your " + item)));
        MimeMessage mail = receivedBy("amina.berrada@home.example").stream()
                .filter(m -> subject(m).startsWith("Your " + item)).findFirst().orElseThrow();
        Matcher link = RECEIPT_LINK.matcher(GreenMailUtil.getBody(mail));
        assertThat(link.find()).as("receipt link in %s", GreenMailUtil.getBody(mail)).isTrue();
        var page = send(null, java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://localhost:" + port + link.group(1) + "?sig=" + link.group(2))).GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Yes, I received it");
        var confirmed = postForm(link.group(1), "sig=" + link.group(2));
        assertThat(confirmed.body()).contains("recorded as delivered");
        return confirmed.status() == 200;
    }

    private Map<String, Object> answerFor(String taskKey) {
        String today = LocalDate.now().toString();
        return switch (taskKey) {
            case "SendContract", "SendAmendment" -> formValues("contractReference", "ENV-2001");
            case "RecordSignedContract" -> formValues("signedOn", today, "signedCopyReference", "SIGNED-2001");
            case "SetUpAccountsAndVpn" -> formValues("accountLogin", "amina.berrada", "mailboxCreated", true,
                    "vpnAccessGranted", true, "mfaEnrolled", true);
            case "ReceiveFromVendor" -> formValues("serialNumber", "SN-" + System.nanoTime(), "assetTag", "HB-" + System.nanoTime() % 1_000_000);
            case "ImageLaptop" -> formValues("imageVersion", "W11-2026.11", "diskEncrypted", true, "antivirusActive", true,
                    "firewallOn", true, "vpnProfileInstalled", true, "usbStorageBlocked", true, "autoUpdatesOn", true);
            case "ShipToHome" -> formValues("trackingNumber", "XY" + System.nanoTime() % 1_000_000_000L + "FR");
            case "ConfirmDelivery" -> formValues("deliveredOn", today, "receivedBy", "Amina Berrada");
            case "ApprovePurchase" -> formValues("purchaseDecision", "approve");
            default -> throw new AssertionError("No answer for task " + taskKey);
        };
    }

    private List<MimeMessage> readyMailsToManager() {
        return receivedBy("managertest@acme.example").stream()
                .filter(m -> subject(m).equals("Amina Berrada is ready to work from home")).toList();
    }

    private String caseStatus(long caseId) {
        return jdbc.sql("select status from onboarding_case where id = ?").param(caseId).query(String.class).single();
    }
}
