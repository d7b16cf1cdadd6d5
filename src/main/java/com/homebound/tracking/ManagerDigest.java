package com.homebound.tracking;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.homebound.notification.MailOutbox;
import com.homebound.process.Deadlines;

/**
 * One mail a day to each manager with people being set up: what moved, what is late, who is ready.
 * Instead of a mail per event. The day's run is claimed by inserting its row: on two nodes, the
 * second insert waits for the first's transaction and then fails, so the day is sent once.
 */
@Component
class ManagerDigest {

    private static final Logger log = LoggerFactory.getLogger(ManagerDigest.class);

    private final JdbcClient jdbc;
    private final MailOutbox mail;
    private final IdentityService identityService;
    private final TransactionTemplate transactions;
    private final String baseUrl;
    private final String node;

    ManagerDigest(JdbcClient jdbc, MailOutbox mail, IdentityService identityService, TransactionTemplate transactions,
                  @Value("${homebound.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.identityService = identityService;
        this.transactions = transactions;
        this.baseUrl = baseUrl;
        this.node = java.util.UUID.randomUUID().toString();
    }

    boolean wanted(String managerId) {
        return jdbc.sql("select count(*) from manager_digest_opt_out where manager_id = ?").param(managerId).query(Integer.class).single() == 0;
    }

    void want(String managerId, boolean wanted) {
        jdbc.sql("delete from manager_digest_opt_out where manager_id = ?").param(managerId).update();
        if (!wanted) {
            jdbc.sql("insert into manager_digest_opt_out (manager_id, opted_out_at) values (?, ?)")
                    .params(managerId, OffsetDateTime.now(ZoneOffset.UTC)).update();
        }
    }

    @Scheduled(cron = "${homebound.digest.cron:0 0 7 * * *}", zone = "${homebound.digest.zone:Europe/Paris}")
    void daily() {
        send();
    }

    /** Today's digests, unless this or another node sent them already; the number of mails queued. */
    int send() {
        try {
            Integer sent = transactions.execute(tx -> {
                jdbc.sql("insert into manager_digest_run (run_on, claimed_by, claimed_at) values (?, ?, ?)")
                        .params(Deadlines.today(), node, OffsetDateTime.now(ZoneOffset.UTC)).update();
                return sendAll(OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
            });
            log.info("Daily digest: {} managers told", sent);
            return sent == null ? 0 : sent;
        } catch (DuplicateKeyException alreadySent) {
            log.debug("Daily digest of {} already sent", Deadlines.today());
            return 0;
        }
    }

    private int sendAll(OffsetDateTime since) {
        List<String> managers = jdbc.sql("""
                select distinct e.manager_id from onboarding_case c join employee e on e.id = c.employee_id
                where (c.status = 'IN_PROGRESS' or c.ready_at >= ?)
                  and not exists (select 1 from manager_digest_opt_out o where o.manager_id = e.manager_id)
                order by e.manager_id""").param(since).query(String.class).list();
        int sent = 0;
        for (String managerId : managers) {
            User manager = identityService.createUserQuery().userId(managerId).singleResult();
            if (manager == null || manager.getEmail() == null) {
                continue;
            }
            List<String> moved = moved(managerId, since);
            List<String> late = late(managerId);
            List<String> ready = ready(managerId, since);
            String summary = moved.size() + " moved, " + late.size() + " late, " + ready.size() + " ready";
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("summary", summary);
            model.put("managerName", manager.getFirstName() == null ? managerId : manager.getFirstName());
            model.put("moved", lines(moved, "Nothing moved."));
            model.put("late", lines(late, "Nothing is late."));
            model.put("ready", lines(ready, "Nobody new."));
            model.put("trackingLink", baseUrl + "/tracking");
            mail.send(manager.getEmail(), "manager-digest", model);
            sent++;
        }
        return sent;
    }

    private List<String> moved(String managerId, OffsetDateTime since) {
        return jdbc.sql("""
                select e.full_name, b.item_type, b.model, b.state from bundle_item b
                join onboarding_case c on c.id = b.case_id join employee e on e.id = c.employee_id
                where e.manager_id = ? and b.updated_at >= ? and b.state <> 'CANCELLED' and c.status = 'IN_PROGRESS'
                order by e.full_name, b.id""").params(managerId, since)
                .query((rs, n) -> rs.getString("full_name") + ": " + com.homebound.equipment.ItemType.valueOf(rs.getString("item_type")).label()
                        + " (" + rs.getString("model") + ") is now " + rs.getString("state").toLowerCase().replace('_', ' ')).list();
    }

    private List<String> late(String managerId) {
        return jdbc.sql("""
                select e.full_name, t.name, t.held_by, t.due_at from case_waiting_task t
                join onboarding_case c on c.id = t.case_id join employee e on e.id = c.employee_id
                where e.manager_id = ? and t.due_at < ? order by t.due_at""").params(managerId, OffsetDateTime.now(ZoneOffset.UTC))
                .query((rs, n) -> rs.getString("full_name") + ": \"" + rs.getString("name") + "\" was due on "
                        + rs.getObject("due_at", OffsetDateTime.class).toLocalDate()
                        + (rs.getString("held_by") == null ? "" : " (" + PeopleTracking.groupInWords(rs.getString("held_by")) + ")")).list();
    }

    private List<String> ready(String managerId, OffsetDateTime since) {
        return jdbc.sql("""
                select e.full_name, c.start_date from onboarding_case c join employee e on e.id = c.employee_id
                where e.manager_id = ? and c.status = 'READY' and c.ready_at >= ? order by e.full_name""").params(managerId, since)
                .query((rs, n) -> rs.getString("full_name") + " can work from home from " + rs.getDate("start_date").toLocalDate()).list();
    }

    private static String lines(List<String> lines, String none) {
        if (lines.isEmpty()) {
            return "- " + none;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, Math.min(lines.size(), 50)));
        if (lines.size() > 50) {
            shown.add("… and " + (lines.size() - 50) + " more on the tracking page");
        }
        return "- " + String.join("\n- ", shown);
    }
}
