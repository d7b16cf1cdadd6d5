package com.homebound.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import com.homebound.support.AppTestCase;
import com.homebound.support.Browsers;
import com.homebound.support.TasklistPage;

/**
 * What a user sees in Tasklist when something is refused: form-js's messages under the fields, in words;
 * the server's refusal of a start or a task form as its sentence naming the field, not engine text; and no
 * "Create task" for users the engine would refuse. With -Dhomebound.docs.screenshots=true the screenshots
 * also go to docs/images/.
 */
class TasklistRefusalsTest extends AppTestCase {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Test
    void hrIsNotOfferedCreateTaskButAnAdministratorIs() {
        TasklistPage hr = logIn(HR);
        hr.waitUntil("the header's Start process", d -> hr.shows(By.xpath("//a[normalize-space()='Start process']")));
        // The entry is shown only after the engine answered the permission check: give it time to answer.
        TasklistPage admin = logIn(ADMIN);
        admin.waitUntil("an administrator to be offered Create task", d -> admin.shows(By.xpath("//a[normalize-space()='Create task']")));
        assertThat(hr.shows(By.xpath("//a[normalize-space()='Create task']"))).as("Create task offered to hr").isFalse();
        assertThat(hr.text(By.cssSelector(".navbar-brand, [cam-widget-header] .brand, header"))).contains("Homebound");
    }

    @Test
    void theStartFormNamesEachMistakeInWordsAndShowsTheServersRefusal() {
        TasklistPage hr = logIn(HR);
        // Tall enough to show the whole start form in one screenshot.
        hr.browser.driver.manage().window().setSize(new Dimension(1200, 2000));
        hr.openStartForm("Remote onboarding");
        hr.type("employeeId", "E");
        hr.type("fullName", "L");
        hr.clear("fullName");
        hr.type("workEmail", "lina-at-acme");
        hr.type("personalEmail", "lina@home");
        hr.type("phone", "+33");
        // form-js checks each field as it is left, and Tasklist keeps Start disabled while a field is wrong.
        hr.click(By.xpath("//*[self::h1 or self::h2][normalize-space()='New remote onboarding']"));
        hr.waitUntil("form-js to flag the fields", d -> !hr.fieldError("phone").isEmpty());
        assertThat(hr.browser.driver.findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"))
                .isEnabled()).as("Start enabled with wrong fields").isFalse();

        assertThat(hr.fieldError("employeeId")).isEqualTo("Field must have minimum length of 2.");
        assertThat(hr.fieldError("fullName")).isEqualTo("Field is required.");
        assertThat(hr.fieldError("workEmail")).isEqualTo("Field must be a valid email.");
        assertThat(hr.fieldErrors()).as("every message under a field").isNotEmpty()
                .noneMatch(m -> m.contains("pattern") || m.contains("^") || m.contains("\\"));
        screenshot(hr, "start-form-errors.png");

        hr.type("employeeId", "-9001");
        hr.type("fullName", "Lina Moreau");
        hr.clear("workEmail");
        hr.type("workEmail", "lina.moreau@acme.example");
        hr.clear("personalEmail");
        hr.type("personalEmail", "lina@home.example");
        hr.type("phone", " 6 98 76 54 32");
        hr.type("street", "12 rue des Lilas");
        hr.type("postalCode", "37000");
        hr.type("city", "Tours");
        hr.choose("country", "France");
        hr.date("startDate", LocalDate.now().plusDays(14));
        hr.radio("caseType", "New hire");
        hr.choose("profile", "Call-centre agent");
        hr.type("managerId", "Marc Nobody");
        hr.pressStart();
        hr.waitForRefusal();

        assertThat(hr.refusal()).contains("The process could not be started",
                "Manager names no user: type the manager's name as in Camunda Admin, or their login")
                .doesNotContain("ENGINE-", "Cannot instantiate", "Exception");
        assertThat(jdbc.sql("select count(*) from employee where employee_number = 'E-9001'").query(Integer.class).single())
                .as("employees written by a refused start").isZero();
        screenshot(hr, "start-form-refused.png");
    }

    @Test
    void aRefusedTaskFormShowsTheServersSentenceNamingTheField() {
        String caseKey = startOnboarding("fullName", "Sami Ouali");
        var send = get(HR, "/engine-rest/task?taskDefinitionKey=SendAmendment&processInstanceBusinessKey=" + caseKey).json();
        assertThat(post(HR, "/engine-rest/task/" + send.get(0).get("id").asText() + "/submit-form",
                formValues("contractReference", "ENV-REF-1")).status()).isEqualTo(204);

        TasklistPage hr = logIn(HR);
        TasklistPage.Task record = hr.firstTaskOf("Sami Ouali");
        assertThat(record.name()).startsWith("Record signed");
        hr.open(record);
        hr.claim();
        hr.date("signedOn", LocalDate.now().plusDays(10));
        hr.type("signedCopyReference", "SIGNED-REF-1");
        hr.pressComplete();
        hr.waitForRefusal();

        assertThat(hr.refusal()).contains("Signed on cannot be in the future").doesNotContain("ENGINE-", "Exception", "TaskListener");
        assertThat(hr.tasks()).as("the task stays open").contains(record);
        screenshot(hr, "task-form-refused.png");
    }

    private TasklistPage logIn(String user) {
        return new TasklistPage(browsers.of(user), user).logIn("http://localhost:" + port, password(user));
    }

    private static void screenshot(TasklistPage page, String name) {
        Path shot = page.browser.screenshot(Path.of("target", "screenshots", name));
        if (Boolean.getBoolean("homebound.docs.screenshots")) {
            try {
                Files.copy(shot, Path.of("docs", "images", name), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
