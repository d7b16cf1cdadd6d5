package com.homebound.tracking;

import java.time.OffsetDateTime;

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
}
