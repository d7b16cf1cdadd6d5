package com.homebound.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.homebound.support.AppTestCase;
import com.homebound.support.TestMailServer;

class MailServerDownTest extends AppTestCase {

    @Autowired MailOutbox outbox;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void mailServerBack() {
        if (!TestMailServer.get().isRunning()) {
            TestMailServer.restart();
        }
    }

    @Test
    void mailQueuedWhileTheServerIsDownIsSentOnceItIsBack() {
        TestMailServer.stop();
        String recipient = "down" + System.nanoTime() + "@home.example";
        transaction.executeWithoutResult(tx -> outbox.send(recipient, "case-ready-employee",
                Map.of("employeeName", "Léa Martin", "startDate", "2026-12-01", "accountLogin", "lea.martin")));

        await("a failed attempt", Duration.ofSeconds(10), () -> attempts(recipient) >= 1);
        assertThat(jdbc.sql("select sent_at is null from outgoing_mail where recipient = ?").param(recipient).query(Boolean.class).single())
                .isTrue();
        assertThat(jdbc.sql("select last_error from outgoing_mail where recipient = ?").param(recipient).query(String.class).single())
                .isNotBlank();

        TestMailServer.restart();
        await("the mail to arrive", Duration.ofSeconds(20), () -> receivedBy(recipient) == 1);
        await("the outbox to record it", Duration.ofSeconds(5), () ->
                jdbc.sql("select sent_at is not null from outgoing_mail where recipient = ?").param(recipient).query(Boolean.class).single());
        assertThat(receivedBy(recipient)).isEqualTo(1);
    }

    @Test
    void mailOfARolledBackTransactionIsNeverSent() throws InterruptedException {
        String recipient = "rollback" + System.nanoTime() + "@home.example";
        transaction.executeWithoutResult(tx -> {
            outbox.send(recipient, "case-ready-employee", Map.of("employeeName", "Léa", "startDate", "2026-12-01", "accountLogin", "lea"));
            tx.setRollbackOnly();
        });
        Thread.sleep(1000);
        assertThat(receivedBy(recipient)).isZero();
        assertThat(jdbc.sql("select count(*) from outgoing_mail where recipient = ?").param(recipient).query(Integer.class).single()).isZero();
    }

    private int attempts(String recipient) {
        return jdbc.sql("select attempts from outgoing_mail where recipient = ?").param(recipient).query(Integer.class).single();
    }

    private long receivedBy(String recipient) {
        return TestMailServer.receivedBy(recipient).size();
    }
}
