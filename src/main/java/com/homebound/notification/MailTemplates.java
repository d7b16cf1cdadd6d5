package com.homebound.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Plain-text templates in resources/mail: the first line is "Subject: ...", then a blank line,
 * then the body; {{name}} is replaced by the model's value.
 */
@Component
public class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    public record Rendered(String subject, String body) {
    }

    public Rendered render(String template, Map<String, ?> model) {
        String text = fill(load(template), model, template);
        int end = text.indexOf('\n');
        if (!text.startsWith("Subject: ") || end < 0) {
            throw new IllegalStateException("Mail template " + template + " must start with a Subject: line");
        }
        return new Rendered(text.substring("Subject: ".length(), end).trim(), text.substring(end + 1).strip() + "\n");
    }

    private static String fill(String text, Map<String, ?> model, String template) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!model.containsKey(m.group(1))) {
                throw new IllegalArgumentException("Mail template " + template + " needs " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(model.get(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String load(String template) {
        try {
            return new ClassPathResource("mail/" + template + ".txt").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No mail template " + template, e);
        }
    }
}
