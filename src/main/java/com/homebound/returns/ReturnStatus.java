package com.homebound.returns;

/** An equipment return waits for the equipment and its inspection (open) until every item is restocked or disposed of (closed). */
public enum ReturnStatus {
    OPEN,
    CLOSED
}
