package com.homebound.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
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

/**
 * Headless Chromium for browser tests, as a JUnit extension: the test is skipped where Debian's
 * chromium or chromedriver is missing (failed with HOMEBOUND_REQUIRE_BROWSER=true, as in .ci/run), and
 * when a test fails, every browser it opened leaves a screenshot in target/screenshots/ before it is closed.
 */
public final class Browsers implements BeforeEachCallback, AfterEachCallback {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Generous: other builds share this machine's two cores, and a case start does a lot in one request. */
    public static final Duration UI_WAIT = Duration.ofSeconds(45);

    private final Map<String, Browser> open = new LinkedHashMap<>();
    private final List<Path> screenshots = new ArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
        if (!installed && Boolean.parseBoolean(System.getenv("HOMEBOUND_REQUIRE_BROWSER"))) {
            fail(missing + ", and HOMEBOUND_REQUIRE_BROWSER=true");
        }
        assumeTrue(installed, missing);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (context.getExecutionException().isPresent()) {
                String test = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
                open.forEach((name, browser) -> {
                    Path file = Path.of("target", "screenshots", test + "-" + name + ".png");
                    browser.screenshot(file);
                    screenshots.add(file);
                    System.err.println("Screenshot of " + name + "'s browser after the failure: " + file.toAbsolutePath()
                            + "\n" + browser.snippet());
                });
            }
        } finally {
            open.values().forEach(Browser::quit);
            open.clear();
        }
    }

    /** The browser of this name (one per user: no one needs to log out), opened on first use. */
    public Browser of(String name) {
        return open.computeIfAbsent(name, Browser::new);
    }

    public boolean isOpen(String name) {
        return open.containsKey(name);
    }

    /** One headless Chromium with a fresh profile. */
    public static final class Browser {

        private final String name;
        private final Path profile;
        private final ChromeDriverService service;
        public final WebDriver driver;

        Browser(String name) {
            this.name = name;
            try {
                profile = Files.createTempDirectory("homebound-chromium-");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            // The driver's path is explicit, so Selenium Manager never tries to download one.
            service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                    // Chromium takes its default locale, and so form-js its date format, from the environment.
                    .withEnvironment(java.util.Map.of("LANG", "en_GB.UTF-8", "LANGUAGE", "en_GB")).build();
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile,
                    // As staff in France or Morocco browse: form-js 1.8 shows dates in the browser's format, here day/month/year.
                    "--lang=en-GB", "--accept-lang=en-GB");
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-GB"));
            ChromeDriver chrome = new ChromeDriver(service, options);
            // Headless Chromium keeps en-US for Intl whatever --lang says; the override makes it a browser set to British English.
            chrome.executeCdpCommand("Emulation.setLocaleOverride", java.util.Map.of("locale", "en-GB"));
            driver = chrome;
        }

        public String name() {
            return name;
        }

        public void open(String url) {
            driver.get(url);
        }

        public void waitUntil(String what, Function<WebDriver, Boolean> condition) {
            waitFor(what).until(condition);
        }

        public FluentWait<WebDriver> waitFor(String what) {
            return new WebDriverWait(driver, UI_WAIT, Duration.ofMillis(100)).withMessage(() -> name + " waited for " + what)
                    .ignoring(StaleElementReferenceException.class);
        }

        /** Scrolled to the middle first, so a sticky header or a notification leaves it clickable. */
        public void click(By target) {
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

        public void type(By target, String value) {
            WebElement input = waitFor(target + " to show").until(d -> d.findElement(target).isDisplayed() ? d.findElement(target) : null);
            input.sendKeys(value);
        }

        public String text(By target) {
            List<WebElement> found = driver.findElements(target);
            return found.isEmpty() ? "" : found.get(0).getText().trim();
        }

        public String bodyText() {
            return text(By.tagName("body"));
        }

        public Path screenshot(Path file) {
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } catch (Exception e) {
                System.err.println("No screenshot of " + name + "'s browser: " + e);
            }
            return file;
        }

        /** Where the browser was and what it showed, for a failure message. */
        public String snippet() {
            try {
                return name + " was at " + driver.getCurrentUrl() + "\nvisible text:\n" + abbreviate(bodyText(), 2500);
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
            } catch (RuntimeException e) {
                // already gone
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
