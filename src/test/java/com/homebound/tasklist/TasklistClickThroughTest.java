package com.homebound.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.equipment.Asset;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.ItemType;
import com.homebound.support.AppTestCase;
import com.homebound.support.TestMailServer;

/**
 * Camunda Tasklist in a real (headless) Chromium: HR starts a remote onboarding from its start form,
 * then HR, IT and the carrier each claim their tasks in "My group's tasks", fill the Camunda Forms and
 * complete them until the case is ready. Skipped where Debian's chromium or chromedriver is missing,
 * unless HOMEBOUND_REQUIRE_BROWSER=true (as in .ci/run).
 */
class TasklistClickThroughTest extends AppTestCase {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Generous: starting a case registers it and starts three provisionings in the one request. */
    private static final Duration UI_WAIT = Duration.ofSeconds(30);
    /** The LaptopReady message goes through the job executor, so the training tasks come a little later. */
    private static final Duration CASE_READY_WITHIN = Duration.ofMinutes(2);
    /** form-js date inputs take the US format. */
    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private static final String EMPLOYEE_ID = "E-4001";
    private static final String EMPLOYEE = "Lina Moreau";
    private static final String WORK_EMAIL = "lina.moreau@acme.example";
    private static final String STREET = "12 rue des Lilas";
    private static final LocalDate START_DATE = LocalDate.now().plusDays(14);
    private static final List<String> HARDENING_CONTROLS = List.of("diskEncrypted", "antivirusActive", "firewallOn",
            "vpnProfileInstalled", "usbStorageBlocked", "autoUpdatesOn");

    @Autowired AssetRepository assets;

    private final Map<String, Tasklist> browsers = new LinkedHashMap<>();
    private int serial;
    private Tasklist current;

    /** Checked per test, not per class, so that a missing browser shows as a skipped test. */
    @BeforeEach
    void browserInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Tasklist click-through needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)";
        if (!installed && Boolean.parseBoolean(System.getenv("HOMEBOUND_REQUIRE_BROWSER"))) {
            fail(missing + ", and HOMEBOUND_REQUIRE_BROWSER=true");
        }
        assumeTrue(installed, missing);
    }

    /** Without a camunda-admin member, the webapps send every browser to the first-admin setup page. */
    @BeforeEach
    void tasklistHasAnAdministrator() {
        if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            var group = identityService.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Camunda administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identityService.saveGroup(group);
        }
        if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            User admin = identityService.newUser("admintest");
            admin.setFirstName("Ada");
            admin.setLastName("Test");
            admin.setPassword(UUID.randomUUID().toString());
            identityService.saveUser(admin);
            identityService.createMembership(admin.getId(), Groups.CAMUNDA_ADMIN);
        }
    }

    @AfterEach
    void closeBrowsers() {
        browsers.values().forEach(Tasklist::quit);
    }

    @Test
    void hrStartsRemoteOnboardingInTasklistThenHrItAndCarrierClickTheCaseToReady() {
        jdbc.sql("update asset set state = 'WRITTEN_OFF' where state = 'IN_STOCK'").update();
        assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "JB40-UI-1", "HB-UI-001", Asset.IN_STOCK);
        try {
            hrStartsRemoteOnboarding();
            long caseId = caseOf(EMPLOYEE_ID);
            assertThat(jdbc.sql("select c.status, c.case_type, c.profile, c.has_broadband, c.start_date, e.country, e.street, e.manager_id"
                    + " from onboarding_case c join employee e on e.id = c.employee_id where c.id = ?").param(caseId).query(StartedCase.class).single())
                    .isEqualTo(new StartedCase("IN_PROGRESS", "new-hire", "call-centre-agent", false, START_DATE, "FR", STREET, MANAGER));

            List<String> done = groupsWorkTheirTasksUntilReady(caseId);

            assertThat(done).anyMatch(t -> t.startsWith("Image and harden laptop"))
                    .anyMatch(t -> t.startsWith("Ship ")).anyMatch(t -> t.startsWith("Confirm training attendance"));
            assertThat(jdbc.sql("select distinct state from bundle_item where case_id = ?").param(caseId).query(String.class).list())
                    .containsExactly("DELIVERED");
            assertThat(jdbc.sql("select completed_by from imaging_checklist i join bundle_item b on b.id = i.bundle_item_id where b.case_id = ?")
                    .param(caseId).query(String.class).list()).containsExactly(IT);
            await("the ready mails", Duration.ofSeconds(20), () -> subjectsTo(MANAGER + "@acme.example")
                    .contains(EMPLOYEE + " is ready to work from home") && !subjectsTo(WORK_EMAIL).isEmpty());
        } catch (AssertionError | RuntimeException e) {
            throw withEvidence(e);
        }
    }

    private void hrStartsRemoteOnboarding() {
        Tasklist hr = as(HR);
        hr.click(By.xpath("//a[normalize-space()='Start process']"));
        hr.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='Remote onboarding']"));
        hr.type("employeeId", EMPLOYEE_ID);
        hr.type("fullName", EMPLOYEE);
        hr.type("workEmail", WORK_EMAIL);
        hr.type("personalEmail", "lina@home.example");
        hr.type("phone", "+33 6 98 76 54 32");
        hr.type("street", STREET);
        hr.type("postalCode", "37000");
        hr.type("city", "Tours");
        hr.choose("country", "France");
        hr.date("startDate", START_DATE);
        hr.radio("caseType", "New hire");
        hr.choose("profile", "Call-centre agent");
        hr.type("managerId", MANAGER);
        hr.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"));
        hr.waitUntil("the start dialog to close", d -> d.findElements(By.cssSelector(".modal")).isEmpty());
    }

    /** Rounds of HR, then IT, then the carrier doing every task of the case they see, until the case is ready. */
    private List<String> groupsWorkTheirTasksUntilReady(long caseId) {
        List<String> done = new ArrayList<>();
        long deadline = System.nanoTime() + CASE_READY_WITHIN.toNanos();
        while (!"READY".equals(caseStatus(caseId))) {
            assertThat(System.nanoTime()).as("case %d still not ready; tasks done: %s", caseId, done).isLessThan(deadline);
            int before = done.size();
            for (String user : List.of(HR, IT, CARRIER)) {
                Tasklist tasklist = as(user);
                // Tasklist lists a task created after the page loaded only once the page is reloaded.
                tasklist.reload();
                for (Task task = tasklist.firstTaskOf(EMPLOYEE); task != null; task = tasklist.firstTaskOf(EMPLOYEE)) {
                    work(tasklist, task, caseId);
                    done.add(task.name());
                }
            }
            if (done.size() == before) {
                pause(Duration.ofMillis(300));
            }
        }
        return done;
    }

    private void work(Tasklist tasklist, Task task, long caseId) {
        tasklist.open(task);
        tasklist.claim();
        String name = task.name();
        if (name.startsWith("Send contract") || name.startsWith("Send telework amendment")) {
            tasklist.type("contractReference", "ENV-" + ++serial);
        } else if (name.startsWith("Record signed contract")) {
            tasklist.date("signedOn", LocalDate.now());
            tasklist.type("signedCopyReference", "SIGNED-" + ++serial);
        } else if (name.startsWith("Set up accounts and VPN")) {
            tasklist.type("accountLogin", "lina.moreau");
            Stream.of("mailboxCreated", "vpnAccessGranted", "mfaEnrolled").forEach(tasklist::tick);
        } else if (name.startsWith("Receive ")) {
            tasklist.type("serialNumber", "SN-UI-" + System.nanoTime());
            tasklist.type("assetTag", "HB-UI-" + ++serial);
        } else if (name.startsWith("Image and harden laptop")) {
            itRefusesToCompleteImagingWithAControlUnconfirmed(tasklist, task, caseId);
            tasklist.tick(HARDENING_CONTROLS.get(HARDENING_CONTROLS.size() - 1));
        } else if (name.startsWith("Ship ")) {
            assertThat(tasklist.formText()).as("delivery address and carrier on %s", name)
                    .contains(STREET, "37000 Tours", "Carrier assigned to this parcel: Colissimo");
            tasklist.type("trackingNumber", "XY" + System.nanoTime() % 1_000_000_000L + "FR");
        } else if (name.startsWith("Confirm delivery")) {
            tasklist.date("deliveredOn", LocalDate.now());
            tasklist.type("receivedBy", EMPLOYEE);
        } else if (name.startsWith("Schedule remote training")) {
            tasklist.date("trainingDate", LocalDate.now().plusDays(1));
            tasklist.type("trainingTime", "10:00");
            tasklist.type("videoLink", "https://meet.acme.example/welcome");
        } else if (name.startsWith("Confirm training attendance")) {
            theTrainingTookPlace(caseId);
            tasklist.radio("attended", "Attended");
        } else if (name.startsWith("Approve purchase")) {
            tasklist.radio("purchaseDecision", "Approve");
        } else {
            fail("No answer for task \"" + name + "\"");
        }
        tasklist.complete(task);
    }

    /** Every hardening control is required: form-js refuses the form in the browser and the task stays open. */
    private void itRefusesToCompleteImagingWithAControlUnconfirmed(Tasklist tasklist, Task task, long caseId) {
        tasklist.type("imageVersion", "W11-2026.11");
        String unconfirmed = HARDENING_CONTROLS.get(HARDENING_CONTROLS.size() - 1);
        HARDENING_CONTROLS.stream().filter(c -> !c.equals(unconfirmed)).forEach(tasklist::tick);
        tasklist.pressComplete();
        tasklist.waitUntil("form-js to flag " + unconfirmed, d -> tasklist.fieldError(unconfirmed).contains("required"));
        assertThat(tasklist.tasks()).as("tasks listed after a refused imaging").contains(task);
        assertThat(jdbc.sql("select count(*) from imaging_checklist i join bundle_item b on b.id = i.bundle_item_id where b.case_id = ?")
                .param(caseId).query(Integer.class).single()).isZero();
    }

    private Tasklist as(String user) {
        current = browsers.get(user);
        if (current == null) {
            current = new Tasklist(user);
            browsers.put(user, current);
            current.logIn("http://localhost:" + port);
        }
        return current;
    }

    private long caseOf(String employeeNumber) {
        return jdbc.sql("select c.id from onboarding_case c join employee e on e.id = c.employee_id where e.employee_number = ?")
                .param(employeeNumber).query(Long.class).optional()
                .orElseThrow(() -> new AssertionError("No onboarding case for employee " + employeeNumber + " after Start"));
    }

    private String caseStatus(long caseId) {
        return jdbc.sql("select status from onboarding_case where id = ?").param(caseId).query(String.class).single();
    }

    private List<String> subjectsTo(String recipient) {
        List<String> subjects = new ArrayList<>();
        for (var mail : TestMailServer.get().getReceivedMessages()) {
            try {
                if (Stream.of(mail.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient))) {
                    subjects.add(mail.getSubject());
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }
        return subjects;
    }

    /** A screenshot of every browser in target/, and what the last one showed, in the failure message. */
    private AssertionError withEvidence(Throwable failure) {
        StringBuilder evidence = new StringBuilder(String.valueOf(failure.getMessage()));
        browsers.forEach((user, tasklist) -> evidence.append("\nscreenshot of ").append(user).append("'s Tasklist: ")
                .append(tasklist.screenshot(Path.of("target", "TasklistClickThroughTest-" + user + ".png"))));
        if (current != null) {
            evidence.append("\n").append(current.user).append(" was at ").append(current.snippet());
        }
        return new AssertionError(evidence.toString(), failure);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    record StartedCase(String status, String caseType, String profile, boolean hasBroadband, LocalDate startDate,
                       String country, String street, String managerId) {
    }

    record Task(String id, String name) {
    }

    /** One user's Tasklist in a browser of its own, so users never need to log out. */
    static final class Tasklist {

        private final String user;
        private final Path profile;
        private final ChromeDriverService service;
        private final WebDriver driver;

        Tasklist(String user) {
            this.user = user;
            try {
                profile = Files.createTempDirectory("homebound-chromium-");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            // The driver's path is explicit, so Selenium Manager never tries to download one.
            service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
            driver = new ChromeDriver(service, options);
        }

        void logIn(String baseUrl) {
            driver.get(baseUrl + "/camunda/app/tasklist/");
            type(By.cssSelector("input[ng-model=username]"), user);
            type(By.cssSelector("input[ng-model=password]"), password(user));
            click(By.cssSelector("button[type=submit]"));
            waitForTaskList();
        }

        void reload() {
            driver.navigate().refresh();
            waitForTaskList();
        }

        /** The list shows either tasks or "no task" only once it has loaded. */
        private void waitForTaskList() {
            waitUntil("the task list of " + user, d -> !d.findElements(By.cssSelector("ol.tasks-list, .tasks-list .well")).isEmpty());
        }

        List<Task> tasks() {
            return waitFor("the task list").until(d -> d.findElements(By.cssSelector("ol.tasks-list h4.task a")).stream()
                    .map(a -> new Task(a.getDomAttribute("href").replaceAll(".*task=", ""), a.getText().trim())).toList());
        }

        Task firstTaskOf(String employee) {
            return tasks().stream().filter(t -> t.name().contains(employee)).findFirst().orElse(null);
        }

        void open(Task task) {
            By form = By.cssSelector(".task-details form.fjs-form");
            // Two tasks can share a form: wait for this task's own copy, not the last one's.
            List<WebElement> previous = driver.findElements(form);
            click(taskLink(task));
            waitUntil("the form of \"" + task.name() + "\"", d -> previous.stream().allMatch(Tasklist::isStale)
                    && task.name().equals(text(By.cssSelector(".task-details h2.task"))) && !d.findElements(form).isEmpty());
        }

        private static boolean isStale(WebElement element) {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            }
        }

        void claim() {
            if (!driver.findElements(By.cssSelector(".task-details button.claim")).isEmpty()) {
                click(By.cssSelector(".task-details button.claim"));
            }
            // Tasklist greys the form out until the task is the user's own.
            waitUntil(user + " to hold the task", d -> d.findElements(By.cssSelector(".task-details .disabled-form")).isEmpty()
                    && completeButton().isEnabled());
        }

        void type(String field, String value) {
            type(field(field), value);
        }

        void date(String field, LocalDate value) {
            // Tab, not Enter: Enter would submit the form before the other fields are filled.
            type(By.cssSelector("[id$='-Field_" + field + "-date']"), value.format(FORM_DATE) + Keys.TAB);
        }

        void tick(String field) {
            WebElement box = driver.findElement(field(field));
            if (!box.isSelected()) {
                click(field(field));
            }
            waitUntil(field + " ticked", d -> d.findElement(field(field)).isSelected());
        }

        /** form-js selects are a list that opens under the field, showing labels. */
        void choose(String field, String label) {
            By display = By.cssSelector("[id$='-Field_" + field + "-display']");
            click(display);
            click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
            waitUntil(field + " = " + label, d -> label.equals(text(display)));
        }

        void radio(String field, String label) {
            click(By.xpath("//label[contains(@for,'-Field_" + field + "-')][normalize-space()='" + label + "']"));
        }

        String formText() {
            return text(By.cssSelector(".task-details form.fjs-form"));
        }

        String fieldError(String field) {
            List<WebElement> errors = driver.findElements(By.cssSelector("[id$='-Field_" + field + "-error-message']"));
            return errors.isEmpty() ? "" : errors.get(0).getText();
        }

        void pressComplete() {
            // A notification can sit over the form's buttons.
            driver.findElements(By.cssSelector(".page-notifications button.close")).stream().filter(WebElement::isDisplayed)
                    .forEach(WebElement::click);
            click(By.xpath("//*[contains(@class,'task-details')]//button[normalize-space()='Complete']"));
        }

        void complete(Task task) {
            By refused = By.cssSelector(".page-notifications .alert-danger");
            pressComplete();
            waitUntil("\"" + task.name() + "\" to leave the list", d -> d.findElements(taskLink(task)).isEmpty()
                    || !d.findElements(refused).isEmpty());
            assertThat(text(refused)).as("%s completing \"%s\"", user, task.name()).isEmpty();
        }

        void waitUntil(String what, Function<WebDriver, Boolean> condition) {
            waitFor(what).until(condition);
        }

        private FluentWait<WebDriver> waitFor(String what) {
            return new WebDriverWait(driver, UI_WAIT, Duration.ofMillis(100)).withMessage(() -> user + " waited for " + what)
                    .ignoring(StaleElementReferenceException.class);
        }

        void click(By target) {
            // Scrolled to the middle, so the sticky header and the notifications leave it clickable.
            waitFor("to click " + target).ignoring(ElementClickInterceptedException.class).until(d -> {
                WebElement element = d.findElement(target);
                if (!element.isDisplayed() || !element.isEnabled()) {
                    return false;
                }
                ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
                return true;
            });
        }

        private void type(By target, String value) {
            WebElement input = waitFor(target + " to show").until(d -> d.findElement(target).isDisplayed() ? d.findElement(target) : null);
            input.sendKeys(value);
        }

        private By field(String key) {
            return By.cssSelector("[id$='-Field_" + key + "']");
        }

        private By taskLink(Task task) {
            return By.cssSelector("ol.tasks-list a[href$='task=" + task.id() + "']");
        }

        private WebElement completeButton() {
            return driver.findElement(By.xpath("//*[contains(@class,'task-details')]//button[normalize-space()='Complete']"));
        }

        private String text(By target) {
            List<WebElement> found = driver.findElements(target);
            return found.isEmpty() ? "" : found.get(0).getText().trim();
        }

        String screenshot(Path file) {
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                return file.toString();
            } catch (Exception e) {
                return "none (" + e + ")";
            }
        }

        String snippet() {
            try {
                String html = driver.getPageSource();
                // The open dialog (start form), else the task's form.
                int form = Stream.of("class=\"modal-content", "class=\"fjs-form", "task-details").mapToInt(html::indexOf)
                        .filter(i -> i >= 0).findFirst().orElse(0);
                return driver.getCurrentUrl() + "\nvisible text:\n" + abbreviate(text(By.tagName("body")), 2500)
                        + "\npage source from the form:\n" + abbreviate(html.substring(form), 3000);
            } catch (Exception e) {
                return "(no page: " + e + ")";
            }
        }

        private static String abbreviate(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max) + " …";
        }

        void quit() {
            try {
                driver.quit();
            } finally {
                service.stop();
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a leftover temp profile is harmless
                }
            }
        }
    }
}
