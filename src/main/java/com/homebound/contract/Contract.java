package com.homebound.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;

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
}
