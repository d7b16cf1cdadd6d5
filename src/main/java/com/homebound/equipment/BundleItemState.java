package com.homebound.equipment;

/** How far a bundle item has got, in the order it gets there. */
public final class BundleItemState {
    public static final String REQUESTED = "REQUESTED";
    public static final String RESERVED = "RESERVED";
    public static final String AWAITING_PURCHASE = "AWAITING_PURCHASE";
    public static final String ORDERED = "ORDERED";
    public static final String RECEIVED = "RECEIVED";
    public static final String IMAGED = "IMAGED";
    public static final String SHIPPED = "SHIPPED";
    public static final String DELIVERED = "DELIVERED";
    public static final String CANCELLED = "CANCELLED";
    public static final String RETURNING = "RETURNING";
    public static final String RETURNED = "RETURNED";

    private BundleItemState() {
    }
}
