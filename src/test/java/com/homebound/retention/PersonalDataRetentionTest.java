package com.homebound.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.support.AppTestCase;

/**
 * After the retention period, the home address, phone and personal email of a person whose case
 * closed are gone from Homebound's tables and the engine's history; people still in progress, or
 * closed recently, keep theirs. The nightly job is an engine timer: one job for the whole cluster.
 */
class PersonalDataRetentionTest extends AppTestCase {

    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;

    @Test
    void theNightlyJobErasesWhatTheRetentionPeriodAllowsAndNothingElse() {
        String longDone = startOnboarding("fullName", "Old Case", "street", "12 rue Ancienne", "phone", "+33 6 11 11 11 11",
                "personalEmail", "old@home.example");
        String recentlyDone = startOnboarding("fullName", "Recent Case", "street", "3 rue Récente");
        String inProgress = startOnboarding("fullName", "Open Case", "street", "7 rue Ouverte");
        closeCase(longDone, OffsetDateTime.now(ZoneOffset.UTC).minusDays(200));
        closeCase(recentlyDone, OffsetDateTime.now(ZoneOffset.UTC).minusDays(10));
        jdbc.sql("insert into outgoing_mail (recipient, subject, body, created_at, next_attempt_at, attempts, sent_at) values (?, ?, ?, ?, ?, 1, ?)")
                .params("old@home.example", "Your laptop", "It will be delivered to 12 rue Ancienne", daysAgo(200), daysAgo(200), daysAgo(200)).update();

        Job nightly = managementService.createJobQuery().processDefinitionKey("personal-data-retention").timers().singleResult();
        assertThat(nightly).as("one nightly timer for the whole cluster").isNotNull();
        managementService.executeJob(nightly.getId());

        assertThat(personOf(longDone)).containsEntry("street", "").containsEntry("phone", "").containsEntry("personal_email", "")
                .containsEntry("postal_code", "").containsEntry("city", "").containsEntry("full_name", "Old Case");
        assertThat(personOf(longDone).get("personal_data_erased_at")).isNotNull();
        assertThat(personOf(recentlyDone)).containsEntry("street", "3 rue Récente");
        assertThat(personOf(inProgress)).containsEntry("street", "7 rue Ouverte");
        assertThat(jdbc.sql("select count(*) from outgoing_mail where body like '%rue Ancienne%'").query(Integer.class).single())
                .as("old sent mail naming the address").isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().variableNameIn("street", "phone", "personalEmail").count())
                .as("personal fields in the engine's history").isZero();
        assertThat(managementService.createJobQuery().processDefinitionKey("personal-data-retention").timers().count())
                .as("the next night's timer").isEqualTo(1);
        assertThat(historyService.findHistoryCleanupJobs()).as("the engine's history cleanup is scheduled").isNotEmpty();
    }

    private void closeCase(String businessKey, OffsetDateTime readyAt) {
        jdbc.sql("update onboarding_case set status = 'READY', ready_at = ?, open_for_employee = null where id = ?")
                .params(readyAt, caseId(businessKey)).update();
    }

    private long caseId(String businessKey) {
        return jdbc.sql("select c.id from onboarding_case c join act_ru_execution x on x.id_ = c.process_instance_id where x.business_key_ = ?")
                .param(businessKey).query(Long.class).single();
    }

    private Map<String, Object> personOf(String businessKey) {
        return jdbc.sql("select e.* from employee e join onboarding_case c on c.employee_id = e.id where c.id = ?")
                .param(caseId(businessKey)).query().singleRow();
    }

    private static OffsetDateTime daysAgo(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days);
    }
}
