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

    /** A file sent with a mail, such as a purchase order's CSV. */
    public record Attachment(String name, String contentType, String content) {
    }

    public void send(String recipient, String template, Map<String, ?> model) {
        send(recipient, template, model, null);
    }

    public void send(String recipient, String template, Map<String, ?> model, Attachment attachment) {
        MailTemplates.Rendered mail = templates.render(template, model);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into outgoing_mail (recipient, subject, body, created_at, next_attempt_at,
                                           attachment_name, attachment_type, attachment_content)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(recipient, mail.subject(), mail.body(), now, now,
                        attachment == null ? null : attachment.name(),
                        attachment == null ? null : attachment.contentType(),
                        attachment == null ? null : attachment.content())
                .update();
    }
}
