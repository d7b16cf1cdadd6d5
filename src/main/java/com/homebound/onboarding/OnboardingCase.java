package com.homebound.onboarding;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One person getting set up to work from home. */
public record OnboardingCase(
        Long id,
        long employeeId,
        CaseType caseType,
        String profile,
        boolean hasBroadband,
        LocalDate startDate,
        CaseStatus status,
        String processInstanceId,
        OffsetDateTime createdAt,
        OffsetDateTime readyAt,
        String accountLogin) {
}
