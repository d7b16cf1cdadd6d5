package com.homebound.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The telework amendment or contract a person signs; HR-only data. */
public record Contract(
        Long id,
        long caseId,
        String kind,
        String reference,
        OffsetDateTime sentAt,
        LocalDate signedOn,
        String signedCopyReference,
        int remindersSent,
        String chaseNote) {

    /**
     * Why a signed-on date can't be right, or null: a contract is signed after it was sent and not after
     * tomorrow (a signature from another time zone). The form and HR's signed list both apply it.
     */
    public static String signedOnProblem(LocalDate signedOn, OffsetDateTime sentAt, LocalDate today) {
        if (signedOn.isAfter(today.plusDays(1))) {
            return "cannot be in the future";
        }
        if (sentAt != null && signedOn.isBefore(sentAt.atZoneSameInstant(ZoneOffset.UTC).toLocalDate())) {
            return "cannot be before the document was sent, on " + sentAt.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        }
        return null;
    }

    /** The reference Homebound gives a document it sends for HR: AMD-000042 (an amendment) or CTR-000042, by case. */
    public static String referenceFor(String kind, long caseId) {
        return (kind.contains("amendment") ? "AMD-" : "CTR-") + String.format("%06d", caseId);
    }
}
