package com.homebound.tracking;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.homebound.process.Deadlines;
import com.homebound.process.Plausible;
import com.homebound.shipping.Shipment;

/**
 * One status report for a parcel, from any source. The dedupe key makes a replayed webhook or
 * a re-sent manifest line apply once; the reference (our "HB-000042") lets a carrier report a
 * parcel whose tracking number Homebound does not know yet.
 */
public record TrackingUpdate(
        String source,
        String dedupeKey,
        String trackingNumber,
        String carrierSlug,
        String reference,
        TrackingStatus status,
        OffsetDateTime occurredAt,
        String location,
        String message) {

    /** The same report, filed under the carrier that sent it. */
    TrackingUpdate filedUnder(String slug) {
        return new TrackingUpdate(source, dedupeKey, trackingNumber, slug, reference, status, occurredAt, location, message);
    }

    /** A carrier's clock may run a little ahead of ours; a report dated further ahead is a bug, not a fact. */
    static final Duration MAX_AHEAD = Duration.ofDays(1);

    /**
     * Why this report cannot be believed, if so: a time before 2000 (a system default such as 1970)
     * or more than a day ahead (it would freeze the parcel's state until then).
     */
    Optional<String> implausibility() {
        OffsetDateTime earliest = Plausible.EARLIEST.atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime latest = Deadlines.now().plus(MAX_AHEAD);
        if (occurredAt.isBefore(earliest) || occurredAt.isAfter(latest)) {
            return Optional.of("the report's time " + occurredAt + " is not between " + Plausible.EARLIEST
                    + " and a day from now: a carrier's clock or system error");
        }
        return Optional.empty();
    }

    /** A text field of at most {@code max} characters, named as the carrier's system calls it. */
    static String checkLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters, got " + value.length());
        }
        return value;
    }

    static void checkTrackingNumber(String trackingNumber, String field) {
        if (!Shipment.TRACKING_NUMBER.fits(trackingNumber)) {
            throw new IllegalArgumentException(field + " must be " + Shipment.TRACKING_NUMBER.description() + ", got '"
                    + (trackingNumber == null ? "" : trackingNumber.length() > 40 ? trackingNumber.substring(0, 40) + "…" : trackingNumber) + "'");
        }
    }

    /** Carriers send ISO-8601 times, with or without an offset (then UTC). */
    static OffsetDateTime time(String text, String field) {
        if (text == null) {
            throw new IllegalArgumentException(field + " is required (2026-11-20T14:05:00+01:00)");
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException(field + " '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                        + "' is not an ISO-8601 time like 2026-11-20T14:05:00+01:00");
            }
        }
    }
}
