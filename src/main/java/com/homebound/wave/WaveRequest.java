package com.homebound.wave;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import com.homebound.process.Plausible;

/** What HR says of a wave besides its file: checked here, refused in words. */
record WaveRequest(String name, int planLevel, String site, LocalDate targetDate) {

    static WaveRequest of(String name, String planLevel, String site, String targetDate) {
        List<String> problems = new ArrayList<>();
        String cleanName = name == null ? "" : name.trim();
        if (cleanName.isEmpty() || cleanName.length() > 120 || cleanName.contains("<") || cleanName.contains(">")) {
            problems.add("Name is required: up to 120 characters, without < or >");
        }
        int level = 0;
        try {
            level = Integer.parseInt(planLevel == null ? "" : planLevel.trim());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (level < 1 || level > 3) {
            problems.add("Plan level must be 1 (alert), 2 (partial) or 3 (full)");
        }
        String cleanSite = site == null ? "" : site.trim();
        if (cleanSite.isEmpty() || cleanSite.length() > 80 || cleanSite.contains("<") || cleanSite.contains(">")) {
            problems.add("Site is required: up to 80 characters, without < or >");
        }
        LocalDate target = date(targetDate);
        if (target == null || !Plausible.date(target)) {
            problems.add("Target date must be a date like 2026-03-16 or 16/03/2026, " + Plausible.range());
        }
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("; ", problems));
        }
        return new WaveRequest(cleanName, level, cleanSite, target);
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text.trim(), DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT)) : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
