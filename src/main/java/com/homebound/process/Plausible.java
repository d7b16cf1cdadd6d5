package com.homebound.process;

import java.time.LocalDate;

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
}
