package com.homebound.returns;

import com.homebound.shipping.ParcelReference;

/** Equipment coming back from one person: back on site (the exit plan) or leaving. */
public record EquipmentReturn(Long id, long employeeId, String reason, ReturnStatus status, String processInstanceId, int remindersSent) {

    /** "HB-R000007": our reference for the return parcel, given to the carrier. */
    public String reference() {
        return ParcelReference.ofReturn(id);
    }
}
