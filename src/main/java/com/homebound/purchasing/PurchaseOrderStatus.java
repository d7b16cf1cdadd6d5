package com.homebound.purchasing;

/** Where a purchase order is, in the order it gets there; a rejected or cancelled order goes no further. */
public enum PurchaseOrderStatus {
    APPROVED,
    REJECTED,
    PLACED,
    RECEIVED,
    CANCELLED
}
