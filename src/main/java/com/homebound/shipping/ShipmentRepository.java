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

    public long ship(long bundleItemId, String carrier, String trackingNumber, Employee to) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into shipment (bundle_item_id, carrier, tracking_number, state, street, postal_code, city, country, shipped_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(bundleItemId, carrier, trackingNumber, Shipment.SHIPPED, to.street(), to.postalCode(), to.city(),
                        to.country(), OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Shipment> find(long id) {
        return jdbc.sql("select * from shipment where id = ?").param(id).query(Shipment.class).optional();
    }

    public Optional<Shipment> latestFor(long bundleItemId) {
        return jdbc.sql("select * from shipment where bundle_item_id = ? order by id desc").param(bundleItemId)
                .query(Shipment.class).stream().findFirst();
    }

    public boolean trackingNumberKnown(String carrier, String trackingNumber) {
        return jdbc.sql("select count(*) from shipment where carrier = ? and tracking_number = ?")
                .params(carrier, trackingNumber).query(Integer.class).single() > 0;
    }

    public void markDelivered(long id, LocalDate deliveredOn, String receivedBy, String confirmedBy) {
        jdbc.sql("update shipment set state = ?, delivered_on = ?, received_by = ?, confirmed_by = ? where id = ? and state <> ?")
                .params(Shipment.DELIVERED, deliveredOn, receivedBy, confirmedBy, id, Shipment.DELIVERED).update();
    }
}
