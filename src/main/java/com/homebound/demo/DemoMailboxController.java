package com.homebound.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import org.camunda.bpm.engine.authorization.Groups;

import com.homebound.security.Caller;
import com.homebound.security.Roles;
import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
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
    public String mailbox() throws MessagingException, IOException {
        caller.requireAnyGroup(Roles.HR, Groups.CAMUNDA_ADMIN);
        MimeMessage[] messages = mailServer.getReceivedMessages();
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Demo mailbox</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:60em;margin:2em auto\"><h1>Demo mailbox</h1><p>")
                .append(messages.length).append(" mail(s) sent since the app started, newest first.</p>");
        for (int n = messages.length - 1; n >= 0; n--) {
            MimeMessage message = messages[n];
            Mail mail = Mail.of(message);
            html.append("<hr><p><b>").append(escape(message.getSubject())).append("</b><br>To: ")
                    .append(escape(String.join(", ", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList())))
                    .append("<br>Sent: ").append(sentDate(message)).append("</p><pre style=\"white-space:pre-wrap\">")
                    .append(linked(escape(mail.text()))).append("</pre>");
            for (int a = 0; a < mail.attachments().size(); a++) {
                html.append("<p>Attached: <a href=\"/demo/mailbox/").append(n).append("/attachments/").append(a).append("\">")
                        .append(escape(mail.attachments().get(a).getFileName())).append("</a></p>");
            }
        }
        return html.append("</body></html>").toString();
    }

    /** An attachment of a mail, such as a purchase order's CSV, as a download. */
    @GetMapping("/demo/mailbox/{message}/attachments/{attachment}")
    public ResponseEntity<byte[]> attachment(@PathVariable("message") int message, @PathVariable("attachment") int attachment)
            throws MessagingException, IOException {
        caller.requireAnyGroup(Roles.HR, Groups.CAMUNDA_ADMIN);
        MimeMessage[] messages = mailServer.getReceivedMessages();
        if (message < 0 || message >= messages.length) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such mail");
        }
        List<Part> attachments = Mail.of(messages[message]).attachments();
        if (attachment < 0 || attachment >= attachments.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such attachment");
        }
        Part part = attachments.get(attachment);
        String name = part.getFileName() == null ? "attachment" : part.getFileName().replaceAll("[^A-Za-z0-9._-]", "_");
        try (InputStream in = part.getInputStream()) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(part.getContentType().split(";")[0].trim()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                    .body(in.readAllBytes());
        }
    }

    /** A mail as a person reads it: its text, decoded from MIME, and its attachments. */
    private record Mail(String text, List<Part> attachments) {
        static Mail of(Part message) throws MessagingException, IOException {
            StringBuilder text = new StringBuilder();
            List<Part> attachments = new ArrayList<>();
            collect(message, text, attachments);
            return new Mail(text.toString(), attachments);
        }

        private static void collect(Part part, StringBuilder text, List<Part> attachments) throws MessagingException, IOException {
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i), text, attachments);
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                attachments.add(part);
            } else if (part.isMimeType("text/plain")) {
                text.append(part.getContent());
            }
        }
    }

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    /** Links in a mail's (escaped) text become clickable, as in a mail program. */
    private static String linked(String escapedText) {
        return LINK.matcher(escapedText).replaceAll(link -> "<a href=\"" + link.group() + "\">" + link.group() + "</a>");
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
