package com.homebound.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.support.AppTestCase;
import com.homebound.support.Browsers;
import com.homebound.support.TasklistPage;

/** An administrator in Cockpit sees who each running case is for, not only "case-42". */
class CockpitPeopleTabTest extends AppTestCase {

    @RegisterExtension final Browsers browsers = new Browsers();
    @Autowired RepositoryService repositoryService;

    @Test
    void theProcessPageListsEachRunningCaseWithThePersonsName() {
        String caseKey = startOnboarding("fullName", "Inès Carpentier");
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("onboarding").latestVersion()
                .singleResult().getId();
        // The webapps share one login: Tasklist's session opens Cockpit too.
        TasklistPage admin = new TasklistPage(browsers.of(ADMIN), ADMIN).logIn("http://localhost:" + port, password(ADMIN));
        admin.browser.open("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + definition
                + "/runtime?tab=homebound.cases");
        By people = By.xpath("//li[normalize-space()='People']");
        admin.browser.waitUntil("Cockpit's People tab", d -> !d.findElements(people).isEmpty());
        admin.browser.click(people);
        By row = By.xpath("//tr[contains(@class,'homebound-case')][td[normalize-space()='" + caseKey + "']]");
        admin.browser.waitUntil("the case's row in the People tab", d -> !d.findElements(row).isEmpty());
        assertThat(admin.browser.text(row)).contains("Inès Carpentier");
    }
}
