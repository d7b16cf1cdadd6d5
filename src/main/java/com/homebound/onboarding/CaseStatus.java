package com.homebound.onboarding;

/** Where an onboarding case is: under way, or the person is ready to work from home. */
public enum CaseStatus {
    IN_PROGRESS,
    READY
}
