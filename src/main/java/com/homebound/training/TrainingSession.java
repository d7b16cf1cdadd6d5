package com.homebound.training;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A remote training session on collaboration tools: a date and time, a video-call link and a number of
 * seats. People are placed into it as their laptop arrives; HR records who attended once it has started.
 */
public record TrainingSession(Long id, OffsetDateTime startsAt, String videoLink, int capacity, int placed, String createdBy,
                              String attendanceRecordedBy, OffsetDateTime attendanceRecordedAt) {

    /** Sessions last an hour. */
    static final Duration LENGTH = Duration.ofHours(1);
    static final Pattern TIME = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");
    /** A link to click in a mail and on HR's page: https, and nothing that could end the link or open markup. */
    static final Pattern LINK = Pattern.compile("^https://[^\\s<>\"'`\\\\]{1,490}$");
    static final int MAX_CAPACITY = 500;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    public OffsetDateTime endsAt() {
        return startsAt.plus(LENGTH);
    }

    /** Attendance is recorded from the start of the session (a roll call), never before it. */
    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt.toInstant());
    }

    public int seatsLeft() {
        return Math.max(0, capacity - placed);
    }

    /** "Tuesday 24 November 2026 at 11:00 (Europe/Paris)", as HR and the invitation read it. */
    static String describe(OffsetDateTime time, ZoneId zone) {
        var local = time.atZoneSameInstant(zone);
        return DAY.format(local) + " at " + time(time, zone) + " (" + zone.getId() + ")";
    }

    static String time(OffsetDateTime time, ZoneId zone) {
        var local = time.atZoneSameInstant(zone);
        return String.format("%02d:%02d", local.getHour(), local.getMinute());
    }

    static OffsetDateTime startsAt(LocalDate date, String time, ZoneId zone) {
        return date.atTime(LocalTime.parse(time)).atZone(zone).toOffsetDateTime();
    }
}
