package com.homebound.tracking;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.homebound.shipping.Carrier;

@Repository
public class TrackingEventRepository {

    public record TrackingEvent(Long id, String source, Long shipmentId, String trackingNumber, String carrierSlug,
                                String status, OffsetDateTime occurredAt, String location, String message,
                                OffsetDateTime receivedAt) {
    }

    public record Rejection(Long id, String source, String eventId, String trackingNumber, String status,
                            String reportedTime, String reason, OffsetDateTime receivedAt) {
    }

    private final JdbcClient jdbc;

    public TrackingEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean seen(String dedupeKey) {
        return jdbc.sql("select count(*) from tracking_event where dedupe_key = ?").param(dedupeKey).query(Integer.class).single() > 0;
    }

    public void record(TrackingUpdate u, Long shipmentId) {
        jdbc.sql("""
                insert into tracking_event (dedupe_key, source, shipment_id, tracking_number, carrier_slug, status, occurred_at,
                                            location, message, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(u.dedupeKey(), u.source(), shipmentId, u.trackingNumber(), u.carrierSlug(), u.status().name(),
                        u.occurredAt(), abbreviate(u.location(), 200), abbreviate(u.message(), 500), OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** A note Homebound itself adds to a parcel's timeline (redirected, investigated). */
    public void note(long shipmentId, String trackingNumber, String status, String message) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into tracking_event (dedupe_key, source, shipment_id, tracking_number, status, occurred_at, message, received_at)
                values (?, 'HOMEBOUND', ?, ?, ?, ?, ?, ?)""")
                .params("homebound:" + java.util.UUID.randomUUID(), shipmentId, trackingNumber, status, now,
                        abbreviate(message, 500), now)
                .update();
    }

    public List<TrackingEvent> timelineOf(long shipmentId) {
        return jdbc.sql("select * from tracking_event where shipment_id = ? order by occurred_at, id").param(shipmentId)
                .query(TrackingEvent.class).list();
    }

    public List<TrackingEvent> unmatched() {
        return jdbc.sql("select * from tracking_event where shipment_id is null order by received_at desc, id desc")
                .query(TrackingEvent.class).list();
    }

    /** Events that arrived before anyone told Homebound the tracking number now join their shipment. */
    public int attachUnmatched(String trackingNumber, String carrier, long shipmentId) {
        List<Long> sameCarrier = jdbc.sql("select id, carrier_slug from tracking_event where shipment_id is null and tracking_number = ?")
                .param(trackingNumber)
                .query((rs, n) -> Carrier.bySlug(rs.getString("carrier_slug")).map(c -> c.displayName().equals(carrier)).orElse(true)
                        ? rs.getLong("id") : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
        if (sameCarrier.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update tracking_event set shipment_id = :shipment where id in (:ids)")
                .param("shipment", shipmentId).param("ids", sameCarrier).update();
    }

    /** A report Homebound refused, kept for IT since the carrier's platform is told not to send it again. */
    public void reject(TrackingUpdate u, String reason) {
        jdbc.sql("""
                insert into tracking_rejection (source, event_id, tracking_number, status, reported_time, reason, received_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(u.source(), abbreviate(u.dedupeKey(), 200), u.trackingNumber(), u.status().name(),
                        abbreviate(String.valueOf(u.occurredAt()), 40), abbreviate(reason, 500), OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    public List<Rejection> rejections() {
        return jdbc.sql("select * from tracking_rejection order by received_at desc, id desc").query(Rejection.class).list();
    }

    private static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
