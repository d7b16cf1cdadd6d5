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
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Reads what a user submitted in a form and checks it again on the server. Every problem is
 * collected, then {@link #validate()} refuses the whole submission with a message naming each
 * field; the transaction rolls back, so nothing is half-recorded.
 */
public final class FormInput {

    public static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private final VariableScope scope;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> read = new ArrayList<>();

    private FormInput(VariableScope scope) {
        this.scope = scope;
    }

    public static FormInput of(VariableScope scope) {
        return new FormInput(scope);
    }

    public String text(String key, int maxLength) {
        String value = optionalText(key, maxLength);
        if (value == null && !errors.containsKey(key)) {
            errors.put(key, "is required");
        }
        return value;
    }

    public String optionalText(String key, int maxLength) {
        read.add(key);
        Object raw = scope.getVariable(key);
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        String value = raw.toString().trim();
        if (value.length() > maxLength) {
            errors.put(key, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    public String matching(String key, Pattern pattern, String expected) {
        String value = text(key, 500);
        if (value != null && !pattern.matcher(value).matches()) {
            errors.put(key, "must be " + expected + ", got '" + value + "'");
        }
        return value;
    }

    public String oneOf(String key, Set<String> allowed) {
        String value = text(key, 100);
        if (value != null && !allowed.contains(value)) {
            errors.put(key, "must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
        }
        return value;
    }

    /** A yes/no answer that may be left empty, meaning no. */
    public boolean flag(String key) {
        read.add(key);
        Object raw = scope.getVariable(key);
        if (raw == null || raw instanceof Boolean || "true".equals(raw) || "false".equals(raw)) {
            return raw != null && Boolean.parseBoolean(raw.toString());
        }
        errors.put(key, "must be true or false, got '" + raw + "'");
        return false;
    }

    /** A control that must be confirmed (a ticked box) for the submission to go through. */
    public boolean confirmed(String key, String what) {
        boolean value = flag(key);
        if (!value && !errors.containsKey(key)) {
            errors.put(key, what + " must be confirmed");
        }
        return value;
    }

    public LocalDate date(String key) {
        read.add(key);
        Object raw = scope.getVariable(key);
        if (raw instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (raw == null || raw.toString().isBlank()) {
            errors.put(key, "is required");
            return null;
        }
        try {
            // form-js dates are "2026-12-01"; REST clients may send a full timestamp.
            String text = raw.toString().trim();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            errors.put(key, "must be a date like 2026-12-01, got '" + raw + "'");
            return null;
        }
    }

    /** Records a problem found by a rule beyond the field's shape (unknown user, duplicate serial...). */
    public void reject(String key, String reason) {
        errors.putIfAbsent(key, reason);
    }

    public boolean hasError(String key) {
        return errors.containsKey(key);
    }

    public void validate() {
        if (errors.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder();
        errors.forEach((key, reason) -> message.append(message.isEmpty() ? "" : "; ").append(key).append(": ").append(reason));
        throw new FormFieldValidationException(errors.keySet().iterator().next(), message.toString());
    }

    /** Removes the submitted values from the process once they are stored in Homebound's tables. */
    public void consume() {
        read.forEach(scope::removeVariable);
    }

    public void keep(String... keys) {
        read.removeAll(Set.of(keys));
    }
}
