package com.homebound.training;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A remote training session on collaboration tools. */
public record TrainingSession(Long id, long caseId, OffsetDateTime startsAt, String videoLink, Boolean attended) {

    /** Sessions last an hour. */
    static final Duration LENGTH = Duration.ofHours(1);

    public OffsetDateTime endsAt() {
        return startsAt.plus(LENGTH);
    }

    /** Whether anyone attended, or did not, is known only once the session is over. */
    public boolean isOver(Instant now) {
        return !now.isBefore(endsAt().toInstant());
    }

    /** "Tuesday 24 November 2026 at 11:00 (Europe/Paris)", as HR and the invitation read it. */
    static String describe(OffsetDateTime time, ZoneId zone) {
        var local = time.atZoneSameInstant(zone);
        return RecordTrainingSchedule.DAY.format(local) + " at " + String.format("%02d:%02d", local.getHour(), local.getMinute())
                + " (" + zone.getId() + ")";
    }
}
