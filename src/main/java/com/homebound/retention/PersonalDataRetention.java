package com.homebound.retention;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.homebound.security.PersonalData;

/**
 * Erases the personal data of people Homebound is done with: no onboarding case and no equipment
 * return in progress, and the last one closed longer ago than the retention period. Their name,
 * employee number and equipment history stay (the assets are the company's); how to reach them at
 * home does not.
 */
@Component
public class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final HistoryService historyService;
    private final Duration period;

    PersonalDataRetention(JdbcClient jdbc, HistoryService historyService, @Value("${homebound.retention.period}") Duration period) {
        this.jdbc = jdbc;
        this.historyService = historyService;
        this.period = period;
    }

    /** @return how many people's personal data was erased */
    @Transactional
    public int eraseDue() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime cutoff = now.minus(period);
        List<Long> due = jdbc.sql("""
                select e.id from employee e
                where e.personal_data_erased_at is null
                  and (exists (select 1 from onboarding_case c where c.employee_id = e.id)
                       or exists (select 1 from equipment_return r where r.employee_id = e.id))
                  and not exists (select 1 from onboarding_case c where c.employee_id = e.id
                                  and (c.status <> 'READY' or c.ready_at is null or c.ready_at >= ?))
                  and not exists (select 1 from equipment_return r where r.employee_id = e.id
                                  and (r.closed_at is null or r.closed_at >= ?))""")
                .params(cutoff, cutoff).query(Long.class).list();
        for (int from = 0; from < due.size(); from += CHUNK) {
            erase(due.subList(from, Math.min(due.size(), from + CHUNK)), now);
        }
        // Mail is kept until sent and a while after, to answer "did they get it?"; its body names the person's address.
        int mails = jdbc.sql("delete from outgoing_mail where sent_at is not null and sent_at < ?").param(cutoff).update();
        int variables = eraseFromEngineHistory();
        log.info("Personal data retention: {} people erased, {} old mails deleted, {} history variables deleted (period {})",
                due.size(), mails, variables, period);
        return due.size();
    }

    private void erase(List<Long> people, OffsetDateTime now) {
        String ids = String.join(",", people.stream().map(String::valueOf).toList());
        jdbc.sql("update shipment set street = '', postal_code = '', city = '' where bundle_item_id in "
                + "(select b.id from bundle_item b join onboarding_case c on c.id = b.case_id where c.employee_id in (" + ids + "))").update();
        jdbc.sql("update shipment set street = '', postal_code = '', city = '' where return_id in "
                + "(select r.id from equipment_return r where r.employee_id in (" + ids + "))").update();
        jdbc.sql("update wave_person set fields = '{}' where employee_number in (select employee_number from employee where id in (" + ids + "))")
                .update();
        jdbc.sql("update employee set personal_email = '', phone = '', street = '', postal_code = '', city = '', personal_data_erased_at = ? "
                + "where id in (" + ids + ")").param(now).update();
    }

    /**
     * Personal fields never reach the engine's history (security.PersonalDataOutOfHistory); any that did,
     * before that guard or through a process changed without it, are deleted here.
     */
    private int eraseFromEngineHistory() {
        List<HistoricVariableInstance> left = historyService.createHistoricVariableInstanceQuery()
                .variableNameIn(PersonalData.VARIABLES.toArray(String[]::new)).disableCustomObjectDeserialization().list();
        left.forEach(variable -> historyService.deleteHistoricVariableInstance(variable.getId()));
        return left.size();
    }
}
