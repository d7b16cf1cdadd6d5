package com.homebound.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.AssetState;
import com.homebound.equipment.ItemType;
import com.homebound.purchasing.PurchaseOrder;
import com.homebound.shipping.ReceiptLinks;
import com.homebound.support.AppTestCase;

/**
 * A carrier's or a vendor's system that times out and sends the same file or event again while the
 * first is still being applied (or two nodes each receiving one copy): both copies are answered, and
 * what they carry is applied once. The other uploads sent twice at once are tested in their area: a wave's
 * file and its fixed rows in WaveUploadTest, a wave's contracts and HR's signed list in WaveContractsTest, a
 * session's attendance in TrainingSessionsTest.
 */
class ReplayedUploadsTest extends AppTestCase {

    @Autowired AssetRepository assets;
    @Autowired ReceiptLinks receiptLinks;

    @Test
    void theSameManifestTwiceAtOnceIsAppliedOnce() throws Exception {
        List<String> parcels = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String tracking = "RP" + System.nanoTime() + i;
            parcels.add(tracking);
            jdbc.sql("""
                    insert into shipment (carrier, tracking_number, state, street, postal_code, city, country, shipped_at)
                    values ('Colissimo', ?, 'SHIPPED', '1 rue Nationale', '37000', 'Tours', 'FR', current_timestamp)""").param(tracking).update();
        }
        StringBuilder csv = new StringBuilder("tracking_number,status,timestamp,location\n");
        OffsetDateTime start = OffsetDateTime.of(2026, 11, 20, 8, 0, 0, 0, ZoneOffset.UTC);
        for (int row = 0; row < 300; row++) {
            csv.append(parcels.get(row % 10)).append(row < 250 ? ",InTransit," : ",OutForDelivery,").append(start.plusMinutes(row))
                    .append(",Hub ").append(row).append('\n');
        }

        List<Reply> replies = twiceAtOnce(() -> postFile(CARRIER, "/api/carriers/manifests", "manifest.csv", csv.toString()));

        assertThat(replies).extracting(Reply::status).containsExactly(200, 200);
        assertThat(replies.stream().mapToInt(r -> r.json().get("applied").asInt()).sum()).as("lines applied by both copies").isEqualTo(300);
        assertThat(jdbc.sql("select count(*) from tracking_event where tracking_number in (:p)").param("p", parcels).query(Integer.class).single())
                .isEqualTo(300);
        assertThat(jdbc.sql("select distinct state from shipment where tracking_number in (:p)").param("p", parcels).query(String.class).list())
                .containsExactly("OUT_FOR_DELIVERY");
    }

    @Test
    void theSameSignedWebhookEventTwiceAtOnceIsRecordedOnce() throws Exception {
        String tracking = "RW" + System.nanoTime();
        jdbc.sql("""
                insert into shipment (carrier, tracking_number, state, street, postal_code, city, country, shipped_at)
                values ('Colissimo', ?, 'SHIPPED', '1 rue Nationale', '37000', 'Tours', 'FR', current_timestamp)""").param(tracking).update();
        String body = """
                {"event_id": "replay-%s", "msg": {"tracking_number": "%s", "slug": "colissimo", "tag": "OutForDelivery",
                 "checkpoints": [{"checkpoint_time": "2026-11-20T09:00:00Z", "location": "Tours"}]}}""".formatted(tracking, tracking);

        List<Reply> replies = twiceAtOnce(() -> send(null, java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/carriers/aftership/webhook"))
                .header("Content-Type", "application/json").header("aftership-hmac-sha256", signAfterShip(body))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))));

        assertThat(replies).extracting(Reply::status).containsExactly(200, 200);
        assertThat(jdbc.sql("select count(*) from tracking_event where tracking_number = ?").param(tracking).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void theSameDeliveryNoticeTwiceAtOnceReceivesTheLaptopOnce() throws Exception {
        LaptopOnOrder laptop = aLaptopOnOrder();
        String serial = "RPL" + System.nanoTime() % 100000000;
        String notice = "po_number,line,serial_number,asset_tag,ship_date\n" + laptop.poNumber() + ",1," + serial + ",HB-"
                + System.nanoTime() % 1000000 + "," + LocalDate.now() + "\n";

        List<Reply> replies = twiceAtOnce(() -> postFile(VENDOR, "/api/vendors/delivery-notices", "asn.csv", notice));

        assertThat(replies).extracting(Reply::status).containsOnly(200);
        assertReceivedOnce(laptop, serial, replies);
    }

    @Test
    void theSameDeliveryNoticeAsJsonTwiceAtOnceReceivesTheLaptopOnce() throws Exception {
        LaptopOnOrder laptop = aLaptopOnOrder();
        String serial = "RPJ" + System.nanoTime() % 100000000;
        var notice = java.util.Map.of("lines", List.of(java.util.Map.of("poNumber", laptop.poNumber(), "line", 1, "serialNumber", serial,
                "assetTag", "HB-J" + System.nanoTime() % 1000000, "shipDate", LocalDate.now().toString())));

        List<Reply> replies = twiceAtOnce(() -> post(VENDOR, "/api/vendors/delivery-notices", notice));

        assertThat(replies).extracting(Reply::status).containsOnly(200);
        assertReceivedOnce(laptop, serial, replies);
    }

    @Test
    void theSameTasklistFormSubmittedTwiceAtOnceCompletesTheTaskOnceAndAnswersTheOtherInWords() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            String key = startOnboarding("profile", "developer", "caseType", "relocation");
            String task = get(IT, "/engine-rest/task?taskDefinitionKey=ImageLaptop&processInstanceBusinessKey=" + key).json().get(0).get("id").asText();
            var imaged = formValues("imageVersion", "W11-2026.11", "diskEncrypted", true, "antivirusActive", true, "firewallOn", true,
                    "vpnProfileInstalled", true, "usbStorageBlocked", true, "autoUpdatesOn", true);

            List<Reply> replies = twiceAtOnce(() -> post(IT, "/engine-rest/task/" + task + "/submit-form", imaged));

            assertThat(replies).extracting(Reply::status).as("a double click in Tasklist").contains(204);
            Reply later = replies.stream().filter(r -> r.status() != 204).findFirst().orElseThrow();
            assertThat(later.status()).as(later.body()).isBetween(400, 499);
            assertThat(later.json().get("message").asText()).as("said in words").doesNotContain("ENGINE-", task, "Exception");
            assertThat(jdbc.sql("""
                    select count(*) from imaging_checklist c join bundle_item b on b.id = c.bundle_item_id
                    where b.case_id = ?""").param(Long.parseLong(key.substring("case-".length()))).query(Integer.class).single())
                    .as("checklists recorded").isEqualTo(1);
        }
    }

    @Test
    void hrsStartFormSentTwiceAtOnceOpensOneCase() throws Exception {
        String employeeId = "RPS-" + System.nanoTime() % 1_000_000;
        var form = formValues("employeeId", employeeId, "fullName", "Inès Moreau", "workEmail", "ines.twice@acme.example",
                "personalEmail", "ines@home.example", "phone", "+33 6 11 22 33 44", "street", "8 quai Paul Bert",
                "postalCode", "37100", "city", "Tours", "country", "FR", "startDate", LocalDate.now().plusDays(9).toString(),
                "caseType", "relocation", "profile", "call-centre-agent", "hasBroadband", true, "managerId", MANAGER);

        List<Reply> replies = twiceAtOnce(() -> post(HR, "/engine-rest/process-definition/key/onboarding/submit-form", form));

        assertThat(replies).extracting(Reply::status).as("a double click on Start").contains(200);
        Reply later = replies.stream().filter(r -> r.status() != 200).findFirst().orElseThrow();
        assertThat(later.status()).as(later.body()).isBetween(400, 499);
        assertThat(later.json().get("message").asText()).as("said in words").contains(employeeId).doesNotContain("ENGINE-", "Exception", "_key");
        assertThat(jdbc.sql("select count(*) from onboarding_case c join employee e on e.id = c.employee_id where e.employee_number = ?")
                .param(employeeId).query(Integer.class).single()).as("cases opened").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from act_ru_execution where business_key_ like 'case-%' and parent_id_ is null and proc_inst_id_ in "
                + "(select c.process_instance_id from onboarding_case c join employee e on e.id = c.employee_id where e.employee_number = ?)")
                .param(employeeId).query(Integer.class).single()).as("processes running").isEqualTo(1);
    }

    @Test
    void theEmployeesReceiptButtonPressedTwiceAtOnceRecordsTheDeliveryOnce() throws Exception {
        ShippedHeadset headset = aShippedHeadset();

        List<Reply> replies = twiceAtOnce(() -> pressReceived(headset));

        assertThat(replies).extracting(Reply::status).as("a double tap on the phone").containsOnly(200);
        assertThat(replies).allSatisfy(r -> assertThat(r.body()).contains("Thank you: your headset"));
        assertDeliveredOnce(headset);
    }

    @Test
    void theEmployeesReceiptAndTheCarriersDeliveredEventAtTheSameMomentRecordTheDeliveryOnce() throws Exception {
        // Which of the two comes first varies from run to run: five parcels, each delivered from both sides at once.
        for (int parcelNo = 0; parcelNo < 5; parcelNo++) {
            ShippedHeadset headset = aShippedHeadset();
            String tracking = headset.trackingNumber();
            String delivered = """
                    {"event_id": "delivered-%s", "msg": {"tracking_number": "%s", "slug": "colissimo", "tag": "Delivered",
                     "checkpoints": [{"checkpoint_time": "%s", "location": "Tours"}]}}""".formatted(tracking, tracking, OffsetDateTime.now(ZoneOffset.UTC));

            List<Reply> replies = atOnce(() -> pressReceived(headset),
                    () -> send(null, java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/carriers/aftership/webhook"))
                            .header("Content-Type", "application/json").header("aftership-hmac-sha256", signAfterShip(delivered))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(delivered))));

            assertThat(replies).extracting(Reply::status).as("the employee's page, then the carrier's platform").containsExactly(200, 200);
            assertThat(jdbc.sql("select count(*) from tracking_event where tracking_number = ?").param(tracking).query(Integer.class).single())
                    .as("the carrier's event, recorded").isEqualTo(1);
            assertDeliveredOnce(headset);
        }
    }

    /** A relocated agent's headset, from stock, shipped by the carrier: the case, the parcel and its receipt link. */
    private record ShippedHeadset(String caseKey, long parcelId, String trackingNumber, String receiptLink) {
    }

    /** The employee's "Yes, I received it", as the receipt page posts it. */
    private Reply pressReceived(ShippedHeadset headset) {
        String link = headset.receiptLink();
        return postForm(link.substring(link.indexOf("/receipt/"), link.indexOf('?')), link.substring(link.indexOf('?') + 1));
    }

    private ShippedHeadset aShippedHeadset() {
        assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "JB40-R-" + System.nanoTime(), "HB-R-" + System.nanoTime() % 100000, AssetState.IN_STOCK);
        String key = startOnboarding("caseType", "relocation", "profile", "call-centre-agent", "hasBroadband", true);
        String ship = awaitTask(CARRIER, "ShipToHome", key);
        String tracking = "RR" + System.nanoTime();
        assertThat(post(CARRIER, "/engine-rest/task/" + ship + "/submit-form", formValues("trackingNumber", tracking)).status()).isEqualTo(204);
        long parcel = jdbc.sql("select id from shipment where tracking_number = ?").param(tracking).query(Long.class).single();
        return new ShippedHeadset(key, parcel, tracking, receiptLinks.linkFor(parcel));
    }

    private void assertDeliveredOnce(ShippedHeadset headset) {
        assertThat(jdbc.sql("select state from shipment where id = ?").param(headset.parcelId()).query(String.class).single()).isEqualTo("DELIVERED");
        assertThat(jdbc.sql("""
                select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
                where p.business_key_ = ? and t.task_def_key_ = 'ConfirmDelivery' and t.end_time_ is not null""")
                .param(headset.caseKey()).query(Integer.class).single()).as("deliveries confirmed").isEqualTo(1);
    }

    /** A case whose laptop the vendor is to deliver (no laptop in stock): its business key, item and purchase order. */
    private record LaptopOnOrder(String businessKey, long itemId, String poNumber) {
    }

    private LaptopOnOrder aLaptopOnOrder() {
        jdbc.sql("update asset set state = 'WRITTEN_OFF' where state = 'IN_STOCK'").update();
        var started = post(HR, "/engine-rest/process-definition/key/onboarding/submit-form", formValues(
                "employeeId", "RPL-" + System.nanoTime() % 100000, "fullName", "Inès Moreau", "workEmail", "ines@acme.example",
                "personalEmail", "ines@home.example", "phone", "+33 6 11 22 33 44", "street", "8 quai Paul Bert",
                "postalCode", "37100", "city", "Tours", "country", "FR", "startDate", LocalDate.now().plusDays(9).toString(),
                "caseType", "new-hire", "profile", "call-centre-agent", "hasBroadband", true, "managerId", MANAGER));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String businessKey = started.json().get("businessKey").asText();
        long caseId = Long.parseLong(businessKey.substring("case-".length()));
        long itemId = jdbc.sql("select id from bundle_item where case_id = ? and item_type = 'LAPTOP'").param(caseId).query(Long.class).single();
        String poNumber = PurchaseOrder.number(jdbc.sql("select id from purchase_order where bundle_item_id = ?").param(itemId).query(Long.class).single());
        return new LaptopOnOrder(businessKey, itemId, poNumber);
    }

    private void assertReceivedOnce(LaptopOnOrder laptop, String serial, List<Reply> replies) {
        assertThat(replies.stream().mapToInt(r -> r.json().get("applied").asInt()).sum()).as("notices applied").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from asset where serial_number = ?").param(serial).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select state from bundle_item where id = ?").param(laptop.itemId()).query(String.class).single()).isEqualTo("RECEIVED");
        assertThat(get(IT, "/engine-rest/task?taskDefinitionKey=ImageLaptop&processInstanceBusinessKey=" + laptop.businessKey()).json())
                .as("imaging tasks for the laptop").hasSize(1);
    }

    @Test
    void theSameAccountsListTwiceAtOnceSetsEachPersonUpOnce() throws Exception {
        StringBuilder list = new StringBuilder("Employee id,Work email,Account login,VPN profile,MFA enrolled\n");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String employeeId = "RPA" + System.nanoTime() % 10_000_000;
            String workEmail = "replay" + i + "." + System.nanoTime() % 1_000_000 + "@acme.example";
            keys.add(startOnboarding("employeeId", employeeId, "workEmail", workEmail));
            list.append(employeeId).append(',').append(workEmail).append(",replay.login").append(i).append(System.nanoTime() % 10000)
                    .append(",full-tunnel,yes\n");
        }

        List<Reply> replies = twiceAtOnce(() -> postFile(IT, "/api/it/accounts-lists", "accounts.csv", list.toString()));

        assertThat(replies).extracting(Reply::status).containsOnly(200);
        assertThat(replies.stream().mapToInt(r -> r.json().get("applied").asInt()).sum()).as("people set up by both copies").isEqualTo(5);
        for (String key : keys) {
            assertThat(get(IT, "/engine-rest/task?taskDefinitionKey=SetUpAccountsAndVpn&processInstanceBusinessKey=" + key).json())
                    .as("accounts task of %s", key).isEmpty();
            assertThat(jdbc.sql("select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_ "
                    + "where p.business_key_ = ? and t.task_def_key_ = 'SetUpAccountsAndVpn' and t.end_time_ is not null")
                    .param(key).query(Integer.class).single()).as("accounts tasks completed for %s", key).isEqualTo(1);
        }
    }

    @Test
    void theSameImagingBenchReportTwiceAtOnceImagesEachLaptopOnce() throws Exception {
        StringBuilder report = new StringBuilder("Serial number,Image version,Disk encryption,Antivirus / EDR,Firewall,VPN profile,"
                + "USB storage blocked,Automatic security updates\n");
        List<String> serials = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String key = startOnboarding();
            String receive = get(IT, "/engine-rest/task?taskDefinitionKey=ReceiveFromVendor&processInstanceBusinessKey=" + key)
                    .json().get(0).get("id").asText();
            String serial = "SN-RPL" + System.nanoTime() % 100_000_000;
            assertThat(post(IT, "/engine-rest/task/" + receive + "/submit-form", formValues("serialNumber", serial,
                    "assetTag", "HB-R" + System.nanoTime() % 1_000_000)).status()).isEqualTo(204);
            serials.add(serial);
            report.append(serial).append(",W11-24H2,yes,yes,yes,yes,yes,yes\n");
        }

        List<Reply> replies = twiceAtOnce(() -> postFile(IT, "/api/it/imaging-reports", "bench.csv", report.toString()));

        assertThat(replies).extracting(Reply::status).containsOnly(200);
        assertThat(replies.stream().mapToInt(r -> r.json().get("applied").asInt()).sum()).as("laptops imaged by both copies").isEqualTo(3);
        for (String serial : serials) {
            assertThat(jdbc.sql("""
                    select count(*) from imaging_checklist c join bundle_item b on b.id = c.bundle_item_id join asset a on a.id = b.asset_id
                    where a.serial_number = ?""").param(serial).query(Integer.class).single()).as("checklists of %s", serial).isEqualTo(1);
        }
    }
}
