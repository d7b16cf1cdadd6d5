package com.homebound.shipping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.homebound.onboarding.Employee;

@Repository
public class ShipmentRepository {

    private final JdbcClient jdbc;

    public ShipmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A return kit or a return parcel: it belongs to an equipment return, not to a bundle item. */
    public long shipForReturn(long returnId, String carrier, String trackingNumber, Employee from) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into shipment (return_id, carrier, tracking_number, state, street, postal_code, city, country, shipped_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(returnId, carrier, trackingNumber, Shipment.SHIPPED, from.street(), from.postalCode(), from.city(),
                        from.country(), OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Shipment> find(long id) {
        return jdbc.sql("select * from shipment where id = ?").param(id).query(Shipment.class).optional();
    }

    /**
     * The shipment, locked until the transaction ends: a second report or confirmation of the same parcel (the
     * employee's button and the carrier's event at the same moment) waits, then sees what the first did.
     */
    public Optional<Shipment> lock(long id) {
        return jdbc.sql("select * from shipment where id = ? for update").param(id).query(Shipment.class).optional();
    }

    /** A shipment, if one of these carriers carries it: to a carrier user, another carrier's parcel does not exist. */
    public Optional<Shipment> findCarriedBy(long id, java.util.Set<Carrier> carriers) {
        if (carriers.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from shipment where id = :id and carrier in (:carriers)")
                .param("id", id).param("carriers", carriers.stream().map(Carrier::displayName).toList())
                .query(Shipment.class).optional();
    }

    public Optional<Shipment> latestFor(long bundleItemId) {
        return jdbc.sql("select * from shipment where bundle_item_id = ? order by id desc").param(bundleItemId)
                .query(Shipment.class).list().stream().findFirst();
    }

    public java.util.List<Shipment> findByTrackingNumber(String trackingNumber) {
        return jdbc.sql("select * from shipment where tracking_number = ? order by id").param(trackingNumber)
                .query(Shipment.class).list();
    }

    /** Moves the state on only if the report is newer than the carrier report that set the current state. */
    public boolean advance(long id, String state, OffsetDateTime at) {
        return jdbc.sql("update shipment set state = ?, state_at = ? where id = ? and state <> ? and (state_at is null or state_at <= ?)")
                .params(state, at, id, Shipment.DELIVERED, at).update() == 1;
    }

    public int countFailedAttempt(long id) {
        jdbc.sql("update shipment set failed_attempts = failed_attempts + 1 where id = ?").param(id).update();
        return jdbc.sql("select failed_attempts from shipment where id = ?").param(id).query(Integer.class).single();
    }

    public void redirect(long id, String street, String postalCode, String city) {
        jdbc.sql("update shipment set street = ?, postal_code = ?, city = ?, failed_attempts = 0 where id = ?")
                .params(street, postalCode, city, id).update();
    }

    public boolean trackingNumberKnown(String carrier, String trackingNumber) {
        return jdbc.sql("select count(*) from shipment where carrier = ? and tracking_number = ?")
                .params(carrier, trackingNumber).query(Integer.class).single() > 0;
    }

    public void markDelivered(long id, LocalDate deliveredOn, String receivedBy, String confirmedBy) {
        jdbc.sql("""
                update shipment set state = ?, state_at = ?, delivered_on = ?, received_by = ?, confirmed_by = ?
                where id = ? and state <> ?""")
                .params(Shipment.DELIVERED, OffsetDateTime.now(ZoneOffset.UTC), deliveredOn, receivedBy, confirmedBy,
                        id, Shipment.DELIVERED).update();
    }
}
