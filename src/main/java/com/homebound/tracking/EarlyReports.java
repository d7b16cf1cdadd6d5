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

    public void attach(String trackingNumber, long shipmentId) {
        if (events.attachUnmatched(trackingNumber, shipmentId) == 0) {
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
