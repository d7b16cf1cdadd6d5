package com.homebound.tracking;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

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

    static void checkTrackingNumber(String trackingNumber, String field) {
        if (trackingNumber == null || !trackingNumber.matches("[A-Za-z0-9-]{6,40}")) {
            throw new IllegalArgumentException(field + " must be 6 to 40 letters, digits or dashes, got '" + trackingNumber + "'");
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
                throw new IllegalArgumentException(field + " '" + text + "' is not an ISO-8601 time like 2026-11-20T14:05:00+01:00");
            }
        }
    }
}
