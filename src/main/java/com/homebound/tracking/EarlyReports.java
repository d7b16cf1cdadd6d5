package com.homebound.tracking;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Carriers sometimes report a parcel before anyone records its tracking number. When the number
 * is recorded, those reports join the new shipment and, once that is committed, act on it.
 */
@Component
public class EarlyReports {

    private final TrackingEventRepository events;
    private final ShipmentTracker tracker;

    public EarlyReports(TrackingEventRepository events, ShipmentTracker tracker) {
        this.events = events;
        this.tracker = tracker;
    }

    /** Reports another carrier filed under this number stay unmatched: they say nothing about this carrier's parcel. */
    public void attach(String trackingNumber, String carrier, long shipmentId) {
        if (events.attachUnmatched(trackingNumber, carrier, shipmentId) == 0) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                tracker.replayAttached(shipmentId);
            }
        });
    }
}
