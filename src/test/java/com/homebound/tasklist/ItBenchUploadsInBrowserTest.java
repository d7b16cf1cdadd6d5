package com.homebound.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import com.homebound.support.AppTestCase;
import com.homebound.support.Browsers;
import com.homebound.support.TasklistPage;

/** IT reaches its bench uploads page from Tasklist, without a second login, and reads a file's check line by line. */
class ItBenchUploadsInBrowserTest extends AppTestCase {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Test
    void itFollowsTasklistsLinkToTheBenchPageAndChecksAReport() throws Exception {
        TasklistPage it = new TasklistPage(browsers.of(IT), IT).logIn("http://localhost:" + port, password(IT));
        it.waitUntil("the IT bench uploads link", d -> it.shows(By.linkText("IT bench uploads")));
        it.click(By.linkText("IT bench uploads"));
        it.waitUntil("the bench page", d -> it.shows(By.xpath("//h2[normalize-space()='Imaging bench or MDM report']")));

        Path report = Files.createTempFile("bench", ".csv");
        Files.writeString(report, "Numéro de série;Version de l'image;Chiffrement du disque;Antivirus / EDR;Pare-feu;Profil VPN;"
                + "Stockage USB bloqué;Mises à jour de sécurité automatiques\r\nSN-NOWHERE-1;W11;oui;oui;oui;oui;oui;oui\r\n", StandardCharsets.UTF_8);
        it.browser.driver.findElement(By.id("imagingFile")).sendKeys(report.toString());
        it.click(By.xpath("//form[@data-api='/api/it/imaging-reports']/button[normalize-space()='Check the file']"));
        it.waitUntil("the report", d -> it.shows(By.cssSelector("tr.notfound")));
        assertThat(it.text(By.cssSelector("tr.notfound"))).contains("2", "SN-NOWHERE-1", "not found", "No laptop has serial number SN-NOWHERE-1");
        assertThat(it.text(By.cssSelector("section"))).contains("nothing was changed");
    }

    @Test
    void hrIsNotOfferedTheBenchPage() {
        TasklistPage hr = new TasklistPage(browsers.of(HR), HR).logIn("http://localhost:" + port, password(HR));
        hr.waitUntil("the page to ask whether hr may open it", d -> hr.shows(By.cssSelector("[data-homebound-it-uploads=refused]")));
        assertThat(hr.shows(By.linkText("IT bench uploads"))).isFalse();
    }
}
