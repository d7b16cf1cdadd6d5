package com.homebound.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends queued mail. A failed send stays queued and is tried again later, with growing delays. */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 50;
    /** Longer than a round can take: 50 mails, and one SMTP timeout before a failing round stops. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JavaMailSender sender;
    private final String from;
    private final Duration retryDelay;

    public OutboxDispatcher(JdbcClient jdbc, TransactionTemplate transactions, JavaMailSender sender,
                            @Value("${homebound.mail.from}") String from,
                            @Value("${homebound.mail.retry-delay}") Duration retryDelay) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sender = sender;
        this.from = from;
        this.retryDelay = retryDelay;
    }

    record Pending(long id, String recipient, String subject, String body, int attempts,
                   String attachmentName, String attachmentType, String attachmentContent) {
    }

    /**
     * Every node runs this on the same table. A round first claims its mails in a short transaction:
     * {@code for update skip locked} passes over rows another node is claiming, and the claim moves the
     * mails' next attempt past the lease, so no other node takes them while they are being sent. A node
     * that dies mid-round leaves its claim to expire and another node sends the rest; the one mail that
     * was in the SMTP server's hands when it died may then arrive twice (docs/reliability.md).
     */
    @Scheduled(fixedDelayString = "${homebound.mail.poll-interval}")
    public void sendPending() {
        List<Pending> claimed = transactions.execute(tx -> claim());
        for (int i = 0; i < claimed.size(); i++) {
            Pending mail = claimed.get(i);
            try {
                sender.send(toMessage(mail));
                jdbc.sql("update outgoing_mail set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
                        .params(now(), mail.id()).update();
            } catch (MessagingException | RuntimeException e) {
                // Back off up to 10 delays, then keep trying at that pace: mail is delayed, never dropped.
                Duration wait = retryDelay.multipliedBy(Math.min(mail.attempts() + 1, 10));
                jdbc.sql("update outgoing_mail set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
                        .params(now().plus(wait), abbreviate(e.getMessage()), mail.id()).update();
                // The server's answer may name the recipient, a personal address: it is kept in outgoing_mail.last_error, not logged.
                log.warn("Mail {} not sent (attempt {}), retrying in {}: {}", mail.id(), mail.attempts() + 1, wait, e.getClass().getSimpleName());
                if (!(e instanceof MailSendException send && send.getFailedMessages().values().stream().allMatch(SendFailedException.class::isInstance))) {
                    // The server is down or hanging, not refusing one recipient: the rest of the round would only
                    // wait for the same timeout each. They go back to the queue for the next round.
                    release(claimed.subList(i + 1, claimed.size()));
                    return;
                }
            }
        }
    }

    private List<Pending> claim() {
        List<Pending> mails = jdbc.sql("""
                select id, recipient, subject, body, attempts, attachment_name, attachment_type, attachment_content from outgoing_mail
                where sent_at is null and next_attempt_at <= ? order by id fetch first %d rows only for update skip locked""".formatted(BATCH))
                .param(now()).query(Pending.class).list();
        OffsetDateTime leaseEnd = now().plus(LEASE);
        for (Pending mail : mails) {
            jdbc.sql("update outgoing_mail set next_attempt_at = ? where id = ?").params(leaseEnd, mail.id()).update();
        }
        return mails;
    }

    private void release(List<Pending> mails) {
        for (Pending mail : mails) {
            jdbc.sql("update outgoing_mail set next_attempt_at = ? where id = ? and sent_at is null").params(now().plus(retryDelay), mail.id()).update();
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
