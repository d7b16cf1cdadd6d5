package com.homebound.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import com.homebound.support.Browsers.Browser;

/** Camunda Tasklist 7.24 as one logged-in user sees it, in a browser of its own. */
public final class TasklistPage {

    /** Dates as the forms ask for them: day/month/year, the company's format (see forms/*.form). */
    public static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public record Task(String id, String name) {
    }

    public final String user;
    public final Browser browser;
    private final WebDriver driver;

    public TasklistPage(Browser browser, String user) {
        this.browser = browser;
        this.user = user;
        this.driver = browser.driver;
    }

    public TasklistPage logIn(String baseUrl, String secretValue) {
        driver.get(baseUrl + "/camunda/app/tasklist/");
        By username = By.cssSelector("input[ng-model=username]");
        By password = By.cssSelector("input[ng-model=password]");
        // The login page focuses the user name field once it has loaded, which can pull keys typed for the
        // password into it: type both until each field holds what it should.
        waitUntil("the login form to hold " + user + "'s credentials", d -> {
            WebElement name = d.findElement(username);
            WebElement secret = d.findElement(password);
            if (!user.equals(name.getDomProperty("value"))) {
                name.clear();
                name.sendKeys(user);
                return false;
            }
            if (!secretValue.equals(secret.getDomProperty("value"))) {
                secret.clear();
                secret.sendKeys(secretValue);
                return false;
            }
            return true;
        });
        browser.click(By.cssSelector("button[type=submit]"));
        waitForTaskList();
        return this;
    }

    /** Opens Tasklist afresh (from another page) and waits for its list, as a person coming back to it. */
    public void open(String url) {
        driver.get(url);
        waitForTaskList();
    }

    public void reload() {
        driver.navigate().refresh();
        waitForTaskList();
    }

    /** The list shows either tasks or "no task" only once it has loaded. */
    private void waitForTaskList() {
        waitUntil("the task list of " + user, d -> !d.findElements(By.cssSelector("ol.tasks-list, .tasks-list .well")).isEmpty());
    }

    public List<Task> tasks() {
        return browser.waitFor("the task list").until(d -> d.findElements(By.cssSelector("ol.tasks-list h4.task a")).stream()
                .map(a -> new Task(a.getDomAttribute("href").replaceAll(".*task=", ""), a.getText().trim())).toList());
    }

    public Task firstTaskOf(String employee) {
        return tasks().stream().filter(t -> t.name().contains(employee)).findFirst().orElse(null);
    }

    public void openStartForm(String processName) {
        click(By.xpath("//a[normalize-space()='Start process']"));
        click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='" + processName + "']"));
        waitUntil("the start form of " + processName, d -> !d.findElements(By.cssSelector(".modal-body form.fjs-form")).isEmpty());
    }

    public void pressStart() {
        click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"));
    }

    public void open(Task task) {
        By form = By.cssSelector(".task-details form.fjs-form");
        // Two tasks can share a form: wait for this task's own copy, not the last one's.
        List<WebElement> previous = driver.findElements(form);
        click(taskLink(task));
        waitUntil("the form of \"" + task.name() + "\"", d -> previous.stream().allMatch(TasklistPage::isStale)
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

    public void claim() {
        if (!driver.findElements(By.cssSelector(".task-details button.claim")).isEmpty()) {
            click(By.cssSelector(".task-details button.claim"));
        }
        // Tasklist greys the form out until the task is the user's own.
        waitUntil(user + " to hold the task", d -> d.findElements(By.cssSelector(".task-details .disabled-form")).isEmpty()
                && completeButton().isEnabled());
    }

    public void type(String field, String value) {
        browser.type(field(field), value);
    }

    public void clear(String field) {
        WebElement input = driver.findElement(field(field));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    }

    public void date(String field, LocalDate value) {
        // Tab, not Enter: Enter would submit the form before the other fields are filled.
        browser.type(By.cssSelector("[id$='-Field_" + field + "-date']"), value.format(FORM_DATE) + Keys.TAB);
    }

    /** A form-js time field: typed as 24-hour "10:00", then Tab. */
    public void time(String field, String value) {
        browser.type(By.cssSelector("[id$='-Field_" + field + "-time']"), value + Keys.TAB);
    }

    public void tick(String field) {
        WebElement box = driver.findElement(field(field));
        if (!box.isSelected()) {
            click(field(field));
        }
        waitUntil(field + " ticked", d -> d.findElement(field(field)).isSelected());
    }

    /** form-js selects are a list that opens under the field, showing labels. */
    public void choose(String field, String label) {
        By display = By.cssSelector("[id$='-Field_" + field + "-display']");
        click(display);
        click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
        waitUntil(field + " = " + label, d -> label.equals(text(display)));
    }

    /** A searchable select (form-js "searchable": true): type part of the label, pick the match. */
    public void search(String field, String typed, String label) {
        By input = By.cssSelector("[id$='-Field_" + field + "-search']");
        browser.type(input, typed);
        click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
    }

    public void radio(String field, String label) {
        click(By.xpath("//label[contains(@for,'-Field_" + field + "-')][normalize-space()='" + label + "']"));
    }

    public String formText() {
        return text(By.cssSelector(".task-details form.fjs-form"));
    }

    public String fieldError(String field) {
        List<WebElement> errors = driver.findElements(By.cssSelector("[id$='-Field_" + field + "-error-message']"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    /** Every message form-js shows under a field, in the order of the form. */
    public List<String> fieldErrors() {
        return driver.findElements(By.cssSelector(".fjs-form-field-error")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).toList();
    }

    /** The red notification Tasklist shows after the server refused something: above the task, or atop the start dialog. */
    public String refusal() {
        return driver.findElements(REFUSED).stream().filter(WebElement::isDisplayed).map(e -> e.getText().trim())
                .filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    private static final By REFUSED = By.cssSelector(".notifications .alert-danger");

    public void waitForRefusal() {
        waitUntil("a refusal shown", d -> !refusal().isEmpty());
    }

    public void pressComplete() {
        // A notification can sit over the form's buttons.
        driver.findElements(By.cssSelector(".page-notifications button.close")).stream().filter(WebElement::isDisplayed)
                .forEach(WebElement::click);
        click(By.xpath("//*[contains(@class,'task-details')]//button[normalize-space()='Complete']"));
    }

    /** Completes the task and checks Tasklist took it: it leaves the list, with no refusal shown. */
    public void complete(Task task) {
        pressComplete();
        waitUntil("\"" + task.name() + "\" to leave the list", d -> d.findElements(taskLink(task)).isEmpty() || !refusal().isEmpty());
        String shown = refusal();
        if (!shown.isEmpty()) {
            throw new AssertionError(user + " completing \"" + task.name() + "\" was refused: " + shown);
        }
    }

    public void waitUntil(String what, Function<WebDriver, Boolean> condition) {
        browser.waitUntil(what, condition);
    }

    public void click(By target) {
        browser.click(target);
    }

    public boolean shows(By target) {
        return driver.findElements(target).stream().anyMatch(WebElement::isDisplayed);
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

    public String text(By target) {
        return browser.text(target);
    }
}
