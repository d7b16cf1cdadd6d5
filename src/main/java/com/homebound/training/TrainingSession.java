package com.homebound.training;

import java.time.OffsetDateTime;

/** A remote training session on collaboration tools. */
public record TrainingSession(Long id, long caseId, OffsetDateTime startsAt, String videoLink, Boolean attended) {
}
