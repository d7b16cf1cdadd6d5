package com.homebound.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends queued mail. A failed send stays queued and is tried again later, with growing delays. */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final JavaMailSender sender;
    private final String from;
    private final Duration retryDelay;

    public OutboxDispatcher(JdbcClient jdbc, JavaMailSender sender,
                            @Value("${homebound.mail.from}") String from,
                            @Value("${homebound.mail.retry-delay}") Duration retryDelay) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.from = from;
        this.retryDelay = retryDelay;
    }

    record Pending(long id, String recipient, String subject, String body, int attempts,
                   String attachmentName, String attachmentType, String attachmentContent) {
    }

    @Scheduled(fixedDelayString = "${homebound.mail.poll-interval}")
    public void sendPending() {
        List<Pending> pending = jdbc.sql("""
                select id, recipient, subject, body, attempts, attachment_name, attachment_type, attachment_content from outgoing_mail
                where sent_at is null and next_attempt_at <= ? order by id fetch first %d rows only""".formatted(BATCH))
                .param(now()).query(Pending.class).list();
        for (Pending mail : pending) {
            try {
                sender.send(toMessage(mail));
                jdbc.sql("update outgoing_mail set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
                        .params(now(), mail.id()).update();
            } catch (MessagingException | RuntimeException e) {
                // Back off up to 10 delays, then keep trying at that pace: mail is delayed, never dropped.
                Duration wait = retryDelay.multipliedBy(Math.min(mail.attempts() + 1, 10));
                jdbc.sql("update outgoing_mail set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
                        .params(now().plus(wait), abbreviate(e.getMessage()), mail.id()).update();
                log.warn("Mail {} to {} not sent (attempt {}), retrying in {}: {}", mail.id(), mail.recipient(),
                        mail.attempts() + 1, wait, e.getMessage());
            }
        }
    }

    private MimeMessage toMessage(Pending mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        boolean withAttachment = mail.attachmentName() != null;
        var helper = new MimeMessageHelper(message, withAttachment, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body());
        if (withAttachment) {
            helper.addAttachment(mail.attachmentName(),
                    new ByteArrayResource(mail.attachmentContent().getBytes(StandardCharsets.UTF_8)), mail.attachmentType());
        }
        return message;
    }

    private static String abbreviate(String text) {
        return text == null ? null : text.substring(0, Math.min(text.length(), 1000));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
