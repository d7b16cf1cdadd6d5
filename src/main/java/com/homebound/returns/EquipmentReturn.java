package com.homebound.returns;

/** Equipment coming back from one person: back on site (the exit plan) or leaving. */
public record EquipmentReturn(Long id, long employeeId, String reason, String status, String processInstanceId, int remindersSent) {
    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    /** "HB-R000007": our reference for the return parcel, given to the carrier. */
    public String reference() {
        return referenceFor(id);
    }

    public static String referenceFor(long returnId) {
        return String.format("HB-R%06d", returnId);
    }

    public static Long idOf(String reference) {
        return reference != null && reference.matches("HB-R\\d{6,18}") ? Long.valueOf(reference.substring(4)) : null;
    }
}
