package com.homebound.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import com.homebound.support.AppTestCase;
import com.homebound.support.Browsers;
import com.homebound.support.TasklistPage;
import com.homebound.support.WaveFiles;

/**
 * HR's wave page in Chromium, with the Tasklist login: a French Excel file with three bad rows is
 * checked first (report by line, what it needs, the forecast and its chart; nothing started), then
 * rehearsed with two more technicians, then created: the page follows the wave's progress bar and
 * its plan against the actual curve. The screenshots are the user guide's.
 */
class WavePageInBrowserTest extends AppTestCase {

    /** 200 on every build; -Dhomebound.wave-page.people=2500 runs the field's size once, by hand. */
    private static final int PEOPLE = Integer.getInteger("homebound.wave-page.people", 200);

    @RegisterExtension final Browsers browsers = new Browsers();

    @Test
    void hrChecksRehearsesThenStartsAWaveAndWatchesItMove() throws Exception {
        String prefix = "WP" + System.nanoTime() % 100000;
        String file = new String(WaveFiles.frenchExcel(prefix, PEOPLE, MANAGER), StandardCharsets.UTF_8);
        String start = LocalDate.now().plusDays(5).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        // Three rows to fix: a work email without its @, an unknown manager, a date that does not exist.
        file = file.replace(prefix + "-7;Hélène Lefèvre 7;p7@acme.example;", prefix + "-7;Hélène Lefèvre 7;p7 chez acme;")
                .replace(start + ";Passage en télétravail;Conseiller;non;" + MANAGER + "\r\n" + prefix + "-9;",
                        start + ";Passage en télétravail;Conseiller;non;nobody-here\r\n" + prefix + "-9;")
                .replace(prefix + "-12;Hélène Lefèvre 12;p12@acme.example;p12@maison.example;+33 6 12 34 56 78;\"12, rue de l'Église\";37000;Tours;France;" + start,
                        prefix + "-12;Hélène Lefèvre 12;p12@acme.example;p12@maison.example;+33 6 12 34 56 78;\"12, rue de l'Église\";37000;Tours;France;31/02/2027");
        Path csv = Files.createTempFile("wave", ".csv");
        Files.writeString(csv, file, StandardCharsets.UTF_8);

        TasklistPage hr = new TasklistPage(browsers.of(HR), HR).logIn("http://localhost:" + port, password(HR));
        WebDriver page = hr.browser.driver;
        page.get("http://localhost:" + port + "/waves");
        hr.waitUntil("the wave page", d -> hr.shows(By.id("waveForm")));
        page.findElement(By.id("name")).sendKeys("PCA niveau 3 Tours " + prefix);
        page.findElement(By.id("site")).sendKeys("Tours");
        ((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1]", page.findElement(By.id("targetDate")),
                LocalDate.now().plusDays(10).toString());
        page.findElement(By.id("file")).sendKeys(csv.toString());

        hr.click(By.id("dryRun"));
        hr.waitUntil("the dry run's report", d -> hr.text(By.id("report")).contains("What this file would start"));
        String report = hr.text(By.id("report"));
        assertThat(compact(report)).contains((PEOPLE - 3) + "readytostart", "3rowstofix");
        assertThat(report).contains("When everyone is equipped", "What holds it back");
        assertThat(report).contains("9 Email professionnel Work email must be one email address", "10 Responsable Manager names no user",
                "14 Date d'arrivée Start date must be a date");
        assertThat(hr.shows(By.cssSelector("#report svg"))).as("the forecast's chart").isTrue();
        assertThat(wavesNamed(prefix)).as("waves written by a dry run").isZero();
        shoot(page, "wave-dry-run", By.id("report"));

        hr.click(By.cssSelector("details summary"));
        page.findElement(By.id("extraTechnicians")).clear();
        page.findElement(By.id("extraTechnicians")).sendKeys("2");
        hr.click(By.id("dryRun"));
        hr.waitUntil("the rehearsal's report", d -> hr.text(By.id("report")).contains("When everyone is equipped"));
        assertThat(wavesNamed(prefix)).as("waves written by a rehearsal").isZero();
        assertThat(jdbc.sql("select count(*) from employee where employee_number like ?").param(prefix + "%").query(Integer.class).single())
                .as("people started by a rehearsal").isZero();

        hr.click(By.id("create"));
        hr.waitUntil("the wave created", d -> hr.text(By.id("report")).contains("Wave created: " + (PEOPLE - 3) + " people are starting"));
        hr.waitUntil("the wave's progress", d -> hr.shows(By.cssSelector("#wave .bar")));
        assertThat(hr.text(By.id("wave"))).contains("Plan and progress", "Rows to fix");
        // A few hundred cases take their time on a busy CI machine; the page follows the wave every 5 s.
        await("everyone started", java.time.Duration.ofMinutes(4 + PEOPLE / 500), () -> jdbc.sql(
                "select count(*) from wave_person p join wave w on w.id = p.wave_id where w.name like ? and p.status = 'STARTED'")
                .param("%" + prefix).query(Integer.class).single() == PEOPLE - 3);
        hr.waitUntil("the page to show everyone started", d -> compact(hr.text(By.id("wave"))).matches("(?s).*(?<![0-9])0stilltostart.*"));
        assertThat(hr.shows(By.cssSelector("#wave .bar span"))).as("the progress bar's stages").isTrue();
        assertThat(hr.shows(By.cssSelector("#wave svg"))).as("plan against actual").isTrue();
        assertThat(jdbc.sql("select count(*) from onboarding_case c join employee e on e.id = c.employee_id where e.employee_number like ?")
                .param(prefix + "%").query(Integer.class).single()).isEqualTo(PEOPLE - 3);
        shoot(page, "wave-progress", By.id("wave"));
    }

    /** The page's figures without the layout's spaces and line breaks: "197 ready to start" and "197\nready to start" alike. */
    private static String compact(String text) {
        return text.replaceAll("\\s", "");
    }

    private int wavesNamed(String prefix) {
        return jdbc.sql("select count(*) from wave where name like ?").param("%" + prefix).query(Integer.class).single();
    }

    private static void shoot(WebDriver page, String name, By section) throws Exception {
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'start'})", page.findElement(section));
        Path to = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(to.getParent());
        Files.write(to, ((TakesScreenshot) page).getScreenshotAs(OutputType.BYTES));
    }
}
