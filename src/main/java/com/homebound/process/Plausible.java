package com.homebound.process;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * What Homebound takes for a real date: nothing it handles happened before 2000, and nothing is
 * planned more than five years ahead. A date outside is a typing or system error, not a fact.
 */
public final class Plausible {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final int YEARS_AHEAD = 5;

    private Plausible() {
    }

    /** The last plausible date, by the engine clock. */
    public static LocalDate latest() {
        return Deadlines.today().plusYears(YEARS_AHEAD);
    }

    public static boolean date(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(latest());
    }

    /** "must be between 2000-01-01 and 2031-11-23", the words every refusal of a date uses. */
    public static String range() {
        return "must be between " + EARLIEST + " and " + latest();
    }

    /** "2026-03-16" or "16/03/2026", as HR's spreadsheets write a day; null when it is neither (or empty). */
    public static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.contains("/")
                    ? LocalDate.parse(text.trim(), DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT))
                    : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
