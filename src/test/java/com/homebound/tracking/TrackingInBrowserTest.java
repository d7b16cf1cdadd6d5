package com.homebound.tracking;

import static com.homebound.support.TestMailServer.receivedBy;
import static com.homebound.support.TestMailServer.subject;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.AssetState;
import com.homebound.equipment.ItemType;
import com.homebound.security.Roles;
import com.homebound.support.AppTestCase;
import com.homebound.support.Browsers;
import com.homebound.support.TasklistPage;
import com.homebound.support.TasklistPage.Task;

import jakarta.mail.internet.MimeMessage;

/**
 * Issue 10's six steps in a real (headless) Chromium: HR starts an onboarding in Tasklist, IT images
 * the laptop (an incomplete checklist is refused), the carrier ships it; the manager follows it on the
 * tracking page opened from Tasklist, and another manager sees nothing of this person; HR watches the
 * wave's bar move; the employee confirms receipt from the mail's link. A failing step leaves
 * screenshots in target/screenshots/; the pages the user guide shows are saved in target/docs-images/.
 */
class TrackingInBrowserTest extends AppTestCase {

    private static final List<String> HARDENING_CONTROLS = List.of("diskEncrypted", "antivirusActive", "firewallOn",
            "vpnProfileInstalled", "usbStorageBlocked", "autoUpdatesOn");
    private static final Pattern RECEIPT_LINK = Pattern.compile("https?://\\S+/receipt/(\\d+)\\?sig=[0-9a-f]+");
    private static final Path IMAGES = Path.of("target", "docs-images");

    @RegisterExtension final Browsers browsers = new Browsers();
    @Autowired AssetRepository assets;
    @Autowired WaveTracking waves;

    private final String employee = "Inès Tracking " + System.nanoTime() % 10_000;
    private final String employeeNumber = "E-T" + System.nanoTime() % 1_000_000;
    private final String home = "ines" + System.nanoTime() % 1_000_000 + "@home.example";

    @BeforeEach
    void tasklistHasAnAdministrator() {
        if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            User admin = identityService.newUser("admintracking");
            admin.setPassword(UUID.randomUUID().toString());
            identityService.saveUser(admin);
            identityService.createMembership(admin.getId(), Groups.CAMUNDA_ADMIN);
        }
    }

    @Test
    void managersHrAndTheEmployeeFollowTheLaptopFromTasklistToTheDoorstep() {
        jdbc.sql("update asset set state = 'WRITTEN_OFF' where state = 'IN_STOCK'").update();
        assets.add(ItemType.LAPTOP, "Lenovo ThinkPad E14 Gen 6", "PF-TR-" + System.nanoTime() % 1_000_000, "HB-TR" + System.nanoTime() % 100_000, AssetState.IN_STOCK);
        assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "JB-TR-" + System.nanoTime() % 1_000_000, "HB-TH" + System.nanoTime() % 100_000, AssetState.IN_STOCK);
        // A new hire has no broadband at home: a 4G box goes too.
        assets.add(ItemType.FOUR_G_BOX, "Orange Airbox 4G", "OA-TR-" + System.nanoTime() % 1_000_000, "HB-TB" + System.nanoTime() % 100_000, AssetState.IN_STOCK);

        // 1. HR starts the onboarding in Tasklist, for a person of the test manager (Maria Test).
        hrStartsAnOnboarding();
        long caseId = jdbc.sql("select c.id from onboarding_case c join employee e on e.id = c.employee_id where e.employee_number = ?")
                .param(employeeNumber).query(Long.class).single();
        long waveId = aWaveHoldingTheCase(caseId);

        // 2. IT images the laptop: the form refuses an incomplete checklist, then takes the full one.
        TasklistPage it = tasklist(IT);
        Task imaging = taskOf(it, "Image and harden laptop");
        it.open(imaging);
        it.claim();
        it.type("imageVersion", "W11-2026.11");
        String unconfirmed = HARDENING_CONTROLS.get(HARDENING_CONTROLS.size() - 1);
        HARDENING_CONTROLS.stream().filter(c -> !c.equals(unconfirmed)).forEach(it::tick);
        it.pressComplete();
        it.waitUntil("the form to flag the unconfirmed control", d -> it.fieldError(unconfirmed).contains("required"));
        assertThat(it.tasks()).as("IT's tasks after the refused checklist").contains(imaging);
        it.tick(unconfirmed);
        it.complete(imaging);

        // 3. The carrier ships every parcel (kits: the headset and 4G box together, the laptop once imaged) with a tracking number.
        TasklistPage carrier = tasklist(CARRIER);
        for (Task ship = taskOf(carrier, "Ship ", Duration.ofSeconds(60)); ship != null; ship = taskOf(carrier, "Ship ", Duration.ofSeconds(5))) {
            carrier.open(ship);
            carrier.claim();
            carrier.type("trackingNumber", "6A" + System.nanoTime() % 1_000_000_000L + "FR");
            carrier.complete(ship);
        }
        String laptopTracking = jdbc.sql("""
                select s.tracking_number from shipment s join kit_item k on k.shipment_id = s.id join bundle_item b on b.id = k.bundle_item_id
                where b.case_id = ? and b.item_type = 'LAPTOP' and s.tracking_number is not null""").param(caseId).query(String.class).single();

        // Tracking is offered in Tasklist's header only to those the page is for.
        carrier.reload();
        carrier.browser.waitUntil("the header", d -> !d.findElements(By.cssSelector(".navbar-header")).isEmpty());
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(carrier.shows(By.id("homebound-tracking"))).as("Tracking offered to a carrier").isFalse();

        // 4. The manager opens the tracking page from Tasklist's header and sees the laptop shipped, with its tracking link.
        TasklistPage manager = tasklist(MANAGER);
        manager.click(By.id("homebound-tracking"));
        var page = manager.browser;
        page.waitUntil("the manager's people", d -> page.bodyText().contains(employee));
        String laptop = "//section[@data-case='" + caseId + "']//div[contains(@class,'item')][contains(., 'laptop')]";
        assertThat(page.text(By.xpath(laptop))).contains("shipped", "Colissimo", laptopTracking);
        assertThat(page.driver.findElement(By.xpath(laptop + "//a[@class='tracking']")).getDomAttribute("href"))
                .startsWith("https://").endsWith(laptopTracking);
        assertThat(page.driver.findElement(By.xpath(laptop + "//ol[@class='timeline']/li[4]")).getDomAttribute("class")).isEqualTo("done");
        page.screenshot(IMAGES.resolve("tracking-manager.png"));

        String otherManager = anotherManager();
        TasklistPage other = tasklist(otherManager);
        other.click(By.id("homebound-tracking"));
        other.browser.waitUntil("the other manager's page", d -> other.browser.bodyText().contains("Nobody to show")
                || other.browser.bodyText().contains("Late steps"));
        assertThat(other.browser.bodyText()).doesNotContain(employee);
        assertThat(get(otherManager, "/api/tracking/people?limit=500").body()).doesNotContain(employee);
        assertThat(get(otherManager, "/api/tracking/people/" + caseId).status()).isEqualTo(404);
        assertThat(get(otherManager, "/api/tracking/people.csv").body()).doesNotContain(employee);

        // 5. HR follows the wave: its bar shows the case shipping, then delivered once the employee confirms.
        TasklistPage hr = tasklist(HR);
        hr.browser.open("http://localhost:" + port + "/tracking?wave=" + waveId);
        hr.browser.waitUntil("the wave's bar", d -> !d.findElements(By.cssSelector("#waveBar span[data-stage='shipping']")).isEmpty());
        assertThat(width(hr, "shipping")).isPositive();
        assertThat(width(hr, "delivered")).isZero();

        // 6. The employee opens their status page from the shipping mail and confirms the laptop arrived.
        await("the laptop's shipping mail", Duration.ofSeconds(20), () -> mailTo(home, "Your laptop") != null);
        String mail = text(mailTo(home, "Your laptop"));
        Matcher link = RECEIPT_LINK.matcher(mail);
        assertThat(link.find()).as("the receipt link in:\n%s", mail).isTrue();
        var employeeBrowser = browsers.of("employee");
        employeeBrowser.open(link.group().replaceFirst("^https?://[^/]+", "http://localhost:" + port));
        assertThat(employeeBrowser.bodyText()).contains("Has your laptop", "Everything coming to you", "Jabra Evolve2 40",
                laptopTracking, "Your training").doesNotContain(otherManager, "Tasklist");
        assertThat(employeeBrowser.driver.findElements(By.cssSelector("a")).stream().map(a -> a.getDomAttribute("href")))
                .as("links on the employee's page: carriers' tracking pages only").allMatch(href -> href.startsWith("https://"));
        employeeBrowser.screenshot(IMAGES.resolve("tracking-employee.png"));
        employeeBrowser.click(By.id("confirmReceipt"));
        employeeBrowser.waitUntil("the thanks", d -> employeeBrowser.bodyText().contains("is recorded as delivered"));
        // The other parcels are confirmed from their own mails the same way.
        for (MimeMessage parcelMail : shippingMailsTo(home)) {
            Matcher otherLink = RECEIPT_LINK.matcher(text(parcelMail));
            if (!otherLink.find() || text(parcelMail).contains(laptopTracking)) {
                continue;
            }
            employeeBrowser.open(otherLink.group().replaceFirst("^https?://[^/]+", "http://localhost:" + port));
            employeeBrowser.click(By.id("confirmReceipt"));
            employeeBrowser.waitUntil("the thanks", d -> employeeBrowser.bodyText().contains("is recorded as delivered"));
        }
        hr.browser.waitUntil("the wave's bar to move to delivered or ready", d -> width(hr, "delivered") + width(hr, "ready") > 0);
        assertThat(width(hr, "shipping")).isZero();
        hr.browser.screenshot(IMAGES.resolve("tracking-wave.png"));
    }

    private void hrStartsAnOnboarding() {
        TasklistPage hr = tasklist(HR);
        hr.openStartForm("Remote onboarding");
        hr.type("employeeId", employeeNumber);
        hr.type("fullName", employee);
        hr.type("workEmail", "ines.tracking@acme.example");
        hr.type("personalEmail", home);
        hr.type("phone", "+33 6 11 22 33 44");
        hr.type("street", "4 place Plumereau");
        hr.type("postalCode", "37000");
        hr.type("city", "Tours");
        hr.choose("country", "France");
        hr.date("startDate", LocalDate.now().plusDays(7));
        hr.radio("caseType", "New hire");
        hr.choose("profile", "Call-centre agent");
        hr.type("managerId", "Maria Test");
        hr.pressStart();
        hr.waitUntil("the start dialog to close", d -> d.findElements(By.cssSelector(".modal")).isEmpty());
    }

    /**
     * The case joins a wave of Tours with the days before today as the hourly count would have left
     * them, so the chart has a history to draw.
     */
    private long aWaveHoldingTheCase(long caseId) {
        long waveId = jdbc.sql("""
                insert into wave (name, plan_level, site, target_date, status, created_by, created_at)
                values ('Tours, level 3', 3, 'Tours', ?, 'STARTED', 'hrtest', ?) returning id""")
                .params(LocalDate.now().plusDays(4), OffsetDateTime.now().minusDays(3)).query(Long.class).single();
        jdbc.sql("update onboarding_case set wave_id = ? where id = ?").params(waveId, caseId).update();
        int[][] earlier = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}};
        String[] stages = {"registered", "waiting for stock or vendor", "imaging", "shipping"};
        for (int day = 0; day < earlier.length; day++) {
            for (int s = 0; s < stages.length; s++) {
                jdbc.sql("insert into wave_stage_count (wave_id, taken_on, stage, cases) values (?, ?, ?, ?)")
                        .params(waveId, LocalDate.now().minusDays(3 - day), stages[s], earlier[day][s]).update();
            }
        }
        return waveId;
    }

    private String anotherManager() {
        String id = "managerbrowser";
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName("Marc");
            user.setLastName("Other");
            user.setEmail(id + "@acme.example");
            user.setPassword(password(id));
            identityService.saveUser(user);
            identityService.createMembership(id, Roles.MANAGERS);
        }
        return id;
    }

    private double width(TasklistPage page, String stage) {
        var spans = page.browser.driver.findElements(By.cssSelector("#waveBar span[data-stage='" + stage + "']"));
        return spans.isEmpty() ? 0 : spans.get(0).getRect().getWidth();
    }

    private Task taskOf(TasklistPage tasklist, String name) {
        Task found = taskOf(tasklist, name, Duration.ofSeconds(60));
        if (found == null) {
            throw new AssertionError(tasklist.user + " never saw a task \"" + name + "\" for " + employee);
        }
        return found;
    }

    /** The first task of that name for this test's employee, or null when none shows within the time given. */
    private Task taskOf(TasklistPage tasklist, String name, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            tasklist.reload();
            Task found = tasklist.tasks().stream().filter(t -> t.name().startsWith(name) && t.name().contains(employee)).findFirst().orElse(null);
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return null;
    }

    private TasklistPage tasklist(String user) {
        boolean fresh = !browsers.isOpen(user);
        TasklistPage page = new TasklistPage(browsers.of(user), user);
        return fresh ? page.logIn("http://localhost:" + port, password(user)) : page;
    }

    /** The mail's text decoded: a name with an accent makes it quoted-printable, which cuts long links. */
    private static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<MimeMessage> shippingMailsTo(String address) {
        return receivedBy(address).stream().filter(m -> subject(m).contains("on its way")).toList();
    }

    private static MimeMessage mailTo(String address, String subjectStart) {
        return receivedBy(address).stream().filter(m -> subject(m).startsWith(subjectStart)).findFirst().orElse(null);
    }
}
