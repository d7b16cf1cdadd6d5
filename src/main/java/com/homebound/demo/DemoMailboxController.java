package com.homebound.demo;

import java.util.Arrays;
import java.util.Comparator;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import org.camunda.bpm.engine.authorization.Groups;

import com.homebound.security.Caller;
import com.homebound.security.Roles;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Every mail the demo has sent, newest first. The mails carry home addresses and employees' signed
 * receipt links, so only HR and administrators read them.
 */
@RestController
@Profile("demo")
public class DemoMailboxController {

    private final GreenMail mailServer;
    private final Caller caller;

    public DemoMailboxController(GreenMail mailServer, Caller caller) {
        this.mailServer = mailServer;
        this.caller = caller;
    }

    @GetMapping(value = "/demo/mailbox", produces = MediaType.TEXT_HTML_VALUE)
    public String mailbox() throws MessagingException {
        caller.requireAnyGroup(Roles.HR, Groups.CAMUNDA_ADMIN);
        MimeMessage[] messages = mailServer.getReceivedMessages();
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Demo mailbox</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:60em;margin:2em auto\"><h1>Demo mailbox</h1><p>")
                .append(messages.length).append(" mail(s) sent since the app started.</p>");
        var newestFirst = Arrays.stream(messages).sorted(Comparator.comparing(DemoMailboxController::sentDate).reversed()).toList();
        for (MimeMessage message : newestFirst) {
            html.append("<hr><p><b>").append(escape(message.getSubject())).append("</b><br>To: ")
                    .append(escape(String.join(", ", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList())))
                    .append("<br>Sent: ").append(sentDate(message)).append("</p><pre>")
                    .append(escape(GreenMailUtil.getBody(message))).append("</pre>");
        }
        return html.append("</body></html>").toString();
    }

    private static java.util.Date sentDate(MimeMessage message) {
        try {
            return message.getSentDate() == null ? new java.util.Date(0) : message.getSentDate();
        } catch (MessagingException e) {
            return new java.util.Date(0);
        }
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
