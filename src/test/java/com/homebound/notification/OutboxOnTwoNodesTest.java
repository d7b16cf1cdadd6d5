package com.homebound.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.homebound.support.AppTestCase;
import com.homebound.support.TestMailServer;

/**
 * Every node runs the outbox dispatcher on the same table. Four dispatchers polling at the same
 * moment, as four nodes would, must send each queued mail exactly once.
 */
class OutboxOnTwoNodesTest extends AppTestCase {

    private static final int MAILS = 200;
    private static final int NODES = 4;

    @Autowired MailOutbox outbox;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired TransactionTemplate transaction;

    @Test
    void dispatchersOnSeveralNodesSendEachMailOnce() throws Exception {
        String run = "nodes" + System.nanoTime();
        transaction.executeWithoutResult(tx -> {
            for (int i = 0; i < MAILS; i++) {
                outbox.send(run + "-" + i + "@home.example", "case-ready-employee",
                        Map.of("employeeName", "Léa Martin " + i, "startDate", "2026-12-01", "accountLogin", "lea" + i));
            }
        });

        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        CyclicBarrier together = new CyclicBarrier(NODES);
        List<Future<?>> rounds = new ArrayList<>();
        for (int n = 0; n < NODES; n++) {
            rounds.add(nodes.submit(() -> {
                for (int round = 0; round < MAILS; round++) {
                    together.await();
                    dispatcher.sendPending();
                }
                return null;
            }));
        }
        await("every mail sent", Duration.ofSeconds(60), () -> jdbc.sql("select count(*) from outgoing_mail where recipient like ? and sent_at is null")
                .param(run + "%").query(Integer.class).single() == 0);
        nodes.shutdownNow();

        Map<String, Long> received = Arrays.stream(TestMailServer.get().getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).filter(r -> r.startsWith(run)).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).as("mails received per recipient").hasSize(MAILS);
        assertThat(received.values().stream().filter(times -> times > 1).count()).as("recipients who got the mail twice or more").isZero();
    }
}
