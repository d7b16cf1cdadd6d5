package com.homebound.notification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Queues a mail in the caller's transaction. It is sent by {@link OutboxDispatcher} only once
 * that transaction commits, and retried for as long as the mail server is down.
 */
@Component
public class MailOutbox {

    private final JdbcClient jdbc;
    private final MailTemplates templates;

    public MailOutbox(JdbcClient jdbc, MailTemplates templates) {
        this.jdbc = jdbc;
        this.templates = templates;
    }

    public void send(String recipient, String template, Map<String, ?> model) {
        MailTemplates.Rendered mail = templates.render(template, model);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into outgoing_mail (recipient, subject, body, created_at, next_attempt_at) values (?, ?, ?, ?, ?)")
                .params(recipient, mail.subject(), mail.body(), now, now)
                .update();
    }
}
