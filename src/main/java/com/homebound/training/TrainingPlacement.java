package com.homebound.training;

import java.time.OffsetDateTime;

/** One person's seat in a training session, and whether they attended (null until HR records it). */
public record TrainingPlacement(Long id, long sessionId, long caseId, OffsetDateTime placedAt, OffsetDateTime invitedAt, Boolean attended) {
}
