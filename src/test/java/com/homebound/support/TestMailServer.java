package com.homebound.support;

import java.util.Arrays;
import java.util.List;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** One real SMTP server (GreenMail) for the whole test run, on a free port. */
public final class TestMailServer {

    private static GreenMail greenMail;
    private static int port;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (greenMail == null) {
            try (var socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
        return greenMail;
    }

    /** Simulates the mail server going down; {@link #restart()} brings it back on the same port. */
    public static synchronized void stop() {
        get().stop();
    }

    public static synchronized void restart() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public static synchronized int port() {
        get();
        return port;
    }

    /** The mail received so far with this recipient among its To addresses, in the order it arrived. */
    public static List<MimeMessage> receivedBy(String recipient) {
        return Arrays.stream(get().getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getRecipients(Message.RecipientType.TO);
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(recipient));
            } catch (MessagingException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    public static void register(DynamicPropertyRegistry registry) {
        get();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
    }
}
