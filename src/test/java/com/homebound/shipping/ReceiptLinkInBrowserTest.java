package com.homebound.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.equipment.AssetState;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.ItemType;
import com.homebound.support.AppTestCase;
import com.homebound.support.Browsers;
import com.homebound.support.TestMailServer;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;

/**
 * The employee has no login: the shipping mail carries a signed link. Opened in a real browser, the
 * page's button must record the delivery (a browser posts the form to the link's own URL, so the
 * signature must not arrive twice).
 */
class ReceiptLinkInBrowserTest extends AppTestCase {

    private static final Pattern RECEIPT_LINK = Pattern.compile("https?://\\S+/receipt/(\\d+)\\?sig=[0-9a-f]+");

    @RegisterExtension final Browsers browsers = new Browsers();
    @Autowired AssetRepository assets;

    @Test
    void theEmployeeClicksYesIReceivedItFromTheShippingMailAndTheDeliveryIsRecorded() {
        jdbc.sql("update asset set state = 'WRITTEN_OFF' where state = 'IN_STOCK'").update();
        assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "JB40-RC-" + System.nanoTime() % 1_000_000, "HB-RC" + System.nanoTime() % 100_000,
                AssetState.IN_STOCK);
        String home = "receipt" + System.nanoTime() % 1_000_000 + "@home.example";
        // A new hire is mailed at home: their work mailbox does not exist yet.
        String caseKey = startOnboarding("caseType", "new-hire", "personalEmail", home, "fullName", "Yanis Haddad");
        awaitTask(CARRIER, "ShipToHome", caseKey);
        var ship = get(CARRIER, "/engine-rest/task?taskDefinitionKey=ShipToHome&processInstanceBusinessKey=" + caseKey).json();
        assertThat(ship).as("the headset's shipping task").hasSize(1);
        assertThat(post(CARRIER, "/engine-rest/task/" + ship.get(0).get("id").asText() + "/submit-form",
                formValues("trackingNumber", "RC" + System.nanoTime() % 1_000_000_000L + "FR")).status()).isEqualTo(204);

        await("the shipping mail", Duration.ofSeconds(20), () -> shippingMailTo(home) != null);
        String body = GreenMailUtil.getBody(shippingMailTo(home));
        Matcher link = RECEIPT_LINK.matcher(body);
        assertThat(link.find()).as("receipt link in the mail:\n%s", body).isTrue();
        long shipmentId = Long.parseLong(link.group(1));

        var employee = browsers.of("employee");
        // The mail's link points at homebound.base-url; the test server listens on a random port.
        employee.open(link.group().replaceFirst("^https?://[^/]+", "http://localhost:" + port));
        assertThat(employee.bodyText()).contains("Has your headset", "arrived?");
        employee.click(By.xpath("//button[normalize-space()='Yes, I received it']"));
        employee.waitUntil("the answer to the button", d -> !d.findElements(By.xpath("//p[contains(., 'recorded as delivered')"
                + " or contains(., 'not valid')]")).isEmpty());

        assertThat(employee.bodyText()).contains("Thank you: your headset (Jabra Evolve2 40) is recorded as delivered.")
                .doesNotContain("not valid");
        assertThat(jdbc.sql("select state || '|' || confirmed_by from shipment where id = ?").param(shipmentId).query(String.class).single())
                .isEqualTo("DELIVERED|employee");
        assertThat(get(CARRIER, "/engine-rest/task?taskDefinitionKey=ConfirmDelivery&processInstanceBusinessKey=" + caseKey).json())
                .as("the carrier's Confirm delivery task, done by the employee's click").isEmpty();
    }

    private static MimeMessage shippingMailTo(String address) {
        return TestMailServer.receivedBy(address).stream().filter(m -> TestMailServer.subject(m).startsWith("Your headset"))
                .findFirst().orElse(null);
    }
}
