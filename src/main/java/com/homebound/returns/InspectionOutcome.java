package com.homebound.returns;

/** What IT did with a returned item once wiped. */
public enum InspectionOutcome {
    RESTOCKED,
    DISPOSED
}
