package com.homebound.tracking;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.homebound.shipping.ParcelHandedOver;
import com.homebound.shipping.Shipment;
import com.homebound.shipping.ShipmentRepository;

/**
 * Carriers sometimes report a parcel before anyone records its tracking number. Once the shipment
 * is committed, those reports join it and act on it, in the order they happened.
 */
@Component
class EarlyReports {

    private final TrackingEventRepository events;
    private final ShipmentRepository shipments;
    private final ShipmentTracker tracker;

    EarlyReports(TrackingEventRepository events, ShipmentRepository shipments, ShipmentTracker tracker) {
        this.events = events;
        this.shipments = shipments;
        this.tracker = tracker;
    }

    // After commit: a replayed delivery completes Confirm delivery, a task that exists only once the handover's command is done.
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void attach(ParcelHandedOver parcel) {
        tracker.inOwnTransaction(() -> {
            // Reports another carrier filed under this number stay unmatched: they say nothing about this carrier's parcel.
            if (events.attachUnmatched(parcel.trackingNumber(), parcel.carrier(), parcel.shipmentId()) > 0) {
                replay(parcel.shipmentId());
            }
            return null;
        });
    }

    private void replay(long shipmentId) {
        for (TrackingEventRepository.TrackingEvent event : events.timelineOf(shipmentId)) {
            Optional<TrackingStatus> status = TrackingStatus.parse(event.status());
            Shipment current = shipments.find(shipmentId).orElseThrow();
            if (status.isPresent() && !"HOMEBOUND".equals(event.source())) {
                tracker.act(current, new TrackingUpdate(event.source(), "replay", event.trackingNumber(), event.carrierSlug(), null,
                        status.get(), event.occurredAt(), event.location(), event.message()));
            }
        }
    }
}
