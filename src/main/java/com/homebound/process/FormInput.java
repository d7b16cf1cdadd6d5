package com.homebound.process;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Reads what a user submitted in a form and checks it again on the server. Every problem is
 * collected, then {@link #validate()} refuses the whole submission with a sentence per field, naming
 * it by its label on the form; the transaction rolls back, so nothing is half-recorded. Refusals
 * describe the expected shape and never repeat the value: home addresses, phones and personal
 * emails must not reach the logs.
 */
public final class FormInput {

    /** Exactly one address: no list ("a,b@x"), no display name, no quotes or brackets. */
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

    private final Function<String, Object> values;
    private final Consumer<String> remove;
    private final Map<String, String> labels;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> read = new ArrayList<>();

    private FormInput(Function<String, Object> values, Consumer<String> remove, Map<String, String> labels) {
        this.values = values;
        this.remove = remove;
        this.labels = labels;
    }

    public static FormInput of(VariableScope scope) {
        return new FormInput(scope::getVariable, scope::removeVariable, FormLabels.of(scope));
    }

    /**
     * Values that stand for a form without being submitted through it (a row of a wave's file):
     * the same checks, and refusals name the fields by that form's labels.
     */
    public static FormInput ofValues(Map<String, ?> values, String formId) {
        return new FormInput(values::get, key -> { }, FormLabels.ofForm(formId));
    }

    /** Each field's first problem, by key, as a sentence that starts with the field's label. */
    public Map<String, String> problems() {
        return Map.copyOf(errors);
    }

    public String text(String key, int maxLength) {
        String value = optionalText(key, maxLength);
        if (value == null) {
            problem(key, "is required");
        }
        return value;
    }

    public String optionalText(String key, int maxLength) {
        read.add(key);
        Object raw = values.apply(key);
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        if (!(raw instanceof String || raw instanceof Number)) {
            // A list or an object sent over REST is not what a text field holds, whatever its toString().
            problem(key, "must be text");
            return null;
        }
        String value = raw.toString().trim();
        if (value.length() > maxLength) {
            problem(key, "must be at most " + maxLength + " characters");
        } else if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            // The database refuses a NUL; no form sends control characters.
            problem(key, "may not contain control characters");
        }
        return value;
    }

    /** A person's name or an address: Tasklist shows it in other people's forms, so no markup. */
    public String nameOrAddress(String key, int maxLength) {
        return noMarkup(key, text(key, maxLength));
    }

    public String optionalNameOrAddress(String key, int maxLength) {
        return noMarkup(key, optionalText(key, maxLength));
    }

    private String noMarkup(String key, String value) {
        if (value != null && (value.indexOf('<') >= 0 || value.indexOf('>') >= 0)) {
            problem(key, "may not contain < or >");
        }
        return value;
    }

    public String matching(String key, Pattern pattern, String expected) {
        String value = text(key, 500);
        if (value != null && !pattern.matcher(value).matches()) {
            problem(key, "must be " + expected);
        }
        return value;
    }

    /** A value of the given shape; a refusal describes the shape. */
    public String matching(String key, Shape shape) {
        return matching(key, shape.pattern(), shape.description());
    }

    /** One email address, as mail is sent to it. */
    public String email(String key) {
        String value = text(key, 254);
        if (value != null && !EMAIL.matcher(value).matches()) {
            problem(key, "must be one email address like name@example.com");
        }
        return value;
    }

    public String oneOf(String key, Set<String> allowed) {
        String value = text(key, 100);
        if (value != null && !allowed.contains(value)) {
            problem(key, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return value;
    }

    /** A yes/no answer that may be left empty, meaning no. */
    public boolean flag(String key) {
        read.add(key);
        Object raw = values.apply(key);
        if (raw == null || raw instanceof Boolean || "true".equals(raw) || "false".equals(raw)) {
            return raw != null && Boolean.parseBoolean(raw.toString());
        }
        problem(key, "must be true or false");
        return false;
    }

    /** A control that must be confirmed (a ticked box) for the submission to go through. */
    public boolean confirmed(String key, String what) {
        boolean value = flag(key);
        if (!value) {
            errors.putIfAbsent(key, what + " must be confirmed");
        }
        return value;
    }

    /** A date between {@link Plausible#EARLIEST} and {@link Plausible#latest()}: anything else is a typing error. */
    public LocalDate date(String key) {
        read.add(key);
        Object raw = values.apply(key);
        LocalDate date;
        if (raw instanceof Date value) {
            date = value.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        } else if (raw == null || raw.toString().isBlank()) {
            problem(key, "is required");
            return null;
        } else {
            try {
                // form-js dates are "2026-12-01"; REST clients may send a full timestamp.
                String text = raw.toString().trim();
                date = LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                problem(key, "must be a date like 2026-12-01");
                return null;
            }
        }
        if (!Plausible.date(date)) {
            problem(key, Plausible.range());
            return null;
        }
        return date;
    }

    /**
     * Records a problem found by a rule beyond the field's shape (unknown user, duplicate serial...).
     * The reason follows the field's label: "is already on another asset".
     */
    public void reject(String key, String reason) {
        problem(key, reason);
    }

    public boolean hasError(String key) {
        return errors.containsKey(key);
    }

    public void validate() {
        if (errors.isEmpty()) {
            return;
        }
        throw new FormFieldValidationException(errors.keySet().iterator().next(), String.join("; ", errors.values()));
    }

    /** Removes the submitted values from the process once they are stored in Homebound's tables. */
    public void consume() {
        read.forEach(remove);
    }

    public void keep(String... keys) {
        read.removeAll(Set.of(keys));
    }

    /** The field's first problem, as a sentence that starts with the label the user sees. */
    private void problem(String key, String reason) {
        errors.putIfAbsent(key, labels.getOrDefault(key, key) + " " + reason);
    }
}
