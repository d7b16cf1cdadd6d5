package com.homebound.equipment;

/** How far a bundle item has got, in the order it gets there. */
public enum BundleItemState {
    REQUESTED,
    RESERVED,
    AWAITING_PURCHASE,
    ORDERED,
    RECEIVED,
    IMAGED,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    RETURNING,
    RETURNED
}
