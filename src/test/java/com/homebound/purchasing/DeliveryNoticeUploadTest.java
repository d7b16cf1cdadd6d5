package com.homebound.purchasing;

import static com.homebound.support.TestMailServer.receivedBy;
import static com.homebound.support.TestMailServer.subject;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.homebound.support.AppTestCase;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Vendors: the purchase order mail they receive, and the delivery notices they send back. */
class DeliveryNoticeUploadTest extends AppTestCase {

    @Test
    void theVendorGetsThePurchaseOrderByMailWithItsCsvAndItsNoticeMovesThePurchaseOn() throws Exception {
        long itemId = aLaptopOnOrder("E-4001");
        String poNumber = poNumberOf(itemId);

        // Each test context numbers its orders from 1 but all share one mail server: pick ours by vendor too.
        await("the purchase order mail", Duration.ofSeconds(15), () -> mailTo("orders@bechtle.example", "Purchase order " + poNumber) != null);
        MimeMessage mail = mailTo("orders@bechtle.example", "Purchase order " + poNumber);
        Part csv = attachment(mail);
        assertThat(csv.getFileName()).isEqualTo(poNumber + ".csv");
        List<String> lines = new String(csv.getInputStream().readAllBytes()).lines().toList();
        assertThat(lines.get(0)).isEqualTo("po_number,line,model,quantity,unit_price_eur,expected_delivery,ship_to");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(poNumber + ",1,Lenovo ThinkPad E14 Gen 6,1,749.00," + LocalDate.now().plusDays(5));

        String serial = "PF" + System.nanoTime() % 100000000;
        String notice = "po_number,line,serial_number,asset_tag,ship_date\n"
                + poNumber + ",1," + serial + ",HB-" + System.nanoTime() % 1000000 + "," + LocalDate.now() + "\n"
                + "PO-12,1,SN-1,,2026-11-20\n"
                + poNumber + ",9,SN-2,,2026-11-20\n"
                + poNumber + ",1,SN-3,,not-a-date\n";
        var reply = postFile(VENDOR, "/api/vendors/delivery-notices", "asn.csv", notice);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("applied").asInt()).isEqualTo(1);
        assertThat(reply.json().get("rejected").findValues("line")).extracting(n -> n.asInt()).containsExactly(3, 4, 5);
        assertThat(reply.json().get("rejected").toString()).contains("po_number must look like PO-000042", "has no line 9",
                "ship_date must be a date");
        assertThat(jdbc.sql("select state from bundle_item where id = ?").param(itemId).query(String.class).single()).isEqualTo("RECEIVED");
        assertThat(get(IT, "/engine-rest/task?taskDefinitionKey=ImageLaptop&processInstanceBusinessKey=" + businessKeyOf(itemId)).json())
                .hasSize(1);

        var resent = postFile(VENDOR, "/api/vendors/delivery-notices", "asn.csv", notice);
        assertThat(resent.json().get("applied").asInt()).isZero();
        assertThat(resent.json().get("alreadyApplied").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from asset where serial_number = ?").param(serial).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theSameNoticeAsJsonWorksAndAWrongShapeGetsA400() {
        long itemId = aLaptopOnOrder("E-4002");
        String poNumber = poNumberOf(itemId);

        var reply = post(IT, "/api/vendors/delivery-notices", Map.of("lines", List.of(Map.of(
                "poNumber", poNumber, "line", 1, "serialNumber", "PF" + System.nanoTime() % 100000000, "shipDate", LocalDate.now().toString()))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("applied").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select state from bundle_item where id = ?").param(itemId).query(String.class).single()).isEqualTo("RECEIVED");

        var empty = post(IT, "/api/vendors/delivery-notices", Map.of("notices", List.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Expected {\\\"lines\\\"");
        var wrongType = post(IT, "/api/vendors/delivery-notices", Map.of("lines", "PO-000001"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(post(CARRIER, "/api/vendors/delivery-notices", Map.of("lines", List.of())).status()).isEqualTo(403);
    }

    @Test
    void aVendorNotifiesOnlyItsOwnOrdersOnceItLinkedTheUser() {
        long itemId = aLaptopOnOrder("E-4003");
        String bechtleOrder = poNumberOf(itemId);
        String notice = "po_number,line,serial_number,asset_tag,ship_date\n" + bechtleOrder + ",1,PF" + System.nanoTime() % 100000000
                + ",," + LocalDate.now() + "\n";
        String jabraUser = "jabrauser" + System.nanoTime() % 100000;
        var user = identityService.newUser(jabraUser);
        user.setPassword(password(jabraUser));
        identityService.saveUser(user);
        identityService.createMembership(jabraUser, "vendors");

        var unlinked = postFile(jabraUser, "/api/vendors/delivery-notices", "asn.csv", notice);
        assertThat(unlinked.status()).isEqualTo(403);
        assertThat(unlinked.body()).contains("speaks for no vendor yet");

        assertThat(send(VENDOR, java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/api/vendors/Jabra/users/" + jabraUser)).PUT(java.net.http.HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(403);
        var linked = send(IT, java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/api/vendors/Jabra/users/" + jabraUser)).PUT(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(linked.status()).isEqualTo(200);

        var othersOrder = postFile(jabraUser, "/api/vendors/delivery-notices", "asn.csv", notice);
        assertThat(othersOrder.json().get("applied").asInt()).isZero();
        assertThat(othersOrder.json().get("rejected").get(0).get("reason").asText())
                .isEqualTo("no purchase order " + bechtleOrder + " from Jabra");
        assertThat(jdbc.sql("select state from bundle_item where id = ?").param(itemId).query(String.class).single()).isEqualTo("ORDERED");
    }

    @Test
    void aNullLineOrAnOverLongUserIdIsA400InWordsAndChangesNothing() {
        long itemId = aLaptopOnOrder("E-4004");
        var lines = new java.util.ArrayList<Object>();
        lines.add(Map.of("poNumber", poNumberOf(itemId), "line", 1, "serialNumber", "PF" + System.nanoTime() % 100000000,
                "shipDate", LocalDate.now().toString()));
        lines.add(null);

        var nullLine = post(IT, "/api/vendors/delivery-notices", Map.of("lines", lines));
        assertThat(nullLine.status()).as(nullLine.body()).isEqualTo(400);
        assertThat(nullLine.json().get("message").asText()).contains("Line 2 is empty");
        assertThat(jdbc.sql("select state from bundle_item where id = ?").param(itemId).query(String.class).single()).isEqualTo("ORDERED");

        String longUser = "u".repeat(300);
        var linked = send(IT, java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/api/vendors/Jabra/users/" + longUser)).PUT(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(linked.status()).as(linked.body()).isEqualTo(400);
        assertThat(linked.json().get("message").asText()).contains("The user id must be 1 to 64");
        assertThat(jdbc.sql("select count(*) from vendor_user where user_id = ?").param(longUser).query(Integer.class).single()).isZero();
    }

    @Test
    void itHasAPageToUploadANotice() {
        var page = get(IT, "/api/vendors/delivery-notices");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<form", "po_number,line,serial_number,asset_tag,ship_date");
        var result = postFile(IT, "/api/vendors/delivery-notices/page", "asn.csv",
                "po_number,line,serial_number,asset_tag,ship_date\nPO-999999,1,SN-404,,2026-11-20\n");
        assertThat(result.body()).contains("0 line(s) applied", "<td>2</td>", "no purchase order PO-999999");
    }

    private long aLaptopOnOrder(String employeeId) {
        jdbc.sql("update asset set state = 'WRITTEN_OFF' where state = 'IN_STOCK'").update();
        var started = post(HR, "/engine-rest/process-definition/key/onboarding/submit-form", formValues(
                "employeeId", employeeId + "-" + System.nanoTime() % 100000, "fullName", "Inès Moreau", "workEmail", "ines@acme.example",
                "personalEmail", "ines@home.example", "phone", "+33 6 11 22 33 44", "street", "8 quai Paul Bert",
                "postalCode", "37100", "city", "Tours", "country", "FR", "startDate", LocalDate.now().plusDays(9).toString(),
                "caseType", "new-hire", "profile", "call-centre-agent", "hasBroadband", true, "managerId", MANAGER));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        long caseId = Long.parseLong(started.json().get("businessKey").asText().substring("case-".length()));
        return jdbc.sql("select id from bundle_item where case_id = ? and item_type = 'LAPTOP'").param(caseId).query(Long.class).single();
    }

    private String poNumberOf(long itemId) {
        return PurchaseOrder.number(jdbc.sql("select id from purchase_order where bundle_item_id = ?").param(itemId).query(Long.class).single());
    }

    private String businessKeyOf(long itemId) {
        return "case-" + jdbc.sql("select case_id from bundle_item where id = ?").param(itemId).query(Long.class).single();
    }

    private static MimeMessage mailTo(String recipient, String subject) {
        return receivedBy(recipient).stream().filter(m -> subject.equals(subject(m))).findFirst().orElse(null);
    }

    private static Part attachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part;
            }
        }
        throw new AssertionError("No attachment in " + GreenMailUtil.getWholeMessage(mail));
    }
}
