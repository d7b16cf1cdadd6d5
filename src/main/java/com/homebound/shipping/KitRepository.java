package com.homebound.shipping;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.homebound.equipment.BundleItem;
import com.homebound.onboarding.Employee;

/** Kits: the shipment rows of a person's parcels and the items in each (kit_item). */
@Repository
public class KitRepository {

    private final JdbcClient jdbc;

    public KitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> packingKitOf(long caseId) {
        return jdbc.sql("select id from shipment where case_id = ? and state = ? order by id")
                .params(caseId, Shipment.PACKING).query(Long.class).list().stream().findFirst();
    }

    public long open(long caseId, long firstItemId, Employee to) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into shipment (bundle_item_id, case_id, state, street, postal_code, city, country, packing_since)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(firstItemId, caseId, Shipment.PACKING, to.street(), to.postalCode(), to.city(), to.country(), now())
                .update(key, "id");
        long kitId = key.getKey().longValue();
        add(kitId, firstItemId);
        return kitId;
    }

    /** A parcel the vendor sent straight to the employee's home: a shipment of one item, already with its carrier. */
    public long fromVendor(long caseId, long itemId, String carrier, String trackingNumber, Employee to) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into shipment (bundle_item_id, case_id, carrier, tracking_number, state, street, postal_code, city, country,
                                      shipped_at, from_vendor)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""")
                .params(itemId, caseId, carrier, trackingNumber, Shipment.SHIPPED, to.street(), to.postalCode(), to.city(),
                        to.country(), now())
                .update(key, "id");
        long shipmentId = key.getKey().longValue();
        add(shipmentId, itemId);
        return shipmentId;
    }

    public void assignCarrier(long kitId, String carrier) {
        jdbc.sql("update shipment set carrier = ? where id = ?").params(carrier, kitId).update();
    }

    public void add(long kitId, long itemId) {
        jdbc.sql("insert into kit_item (shipment_id, bundle_item_id) values (?, ?)").params(kitId, itemId).update();
    }

    public List<BundleItem> itemsOf(long shipmentId) {
        return jdbc.sql("""
                select b.* from bundle_item b join kit_item si on si.bundle_item_id = b.id
                where si.shipment_id = ? order by b.id""").param(shipmentId).query(BundleItem.class).list();
    }

    /**
     * Items of the case that will still ship through IT but are not ready yet: not in a kit, not
     * kept by the employee, not sent by their vendor, not cancelled nor further than imaged.
     */
    public int itemsToCome(long caseId) {
        return jdbc.sql("""
                select count(*) from bundle_item b
                where b.case_id = ? and b.drop_shipped = false and (b.source is null or b.source <> 'KEPT')
                  and b.state in ('REQUESTED', 'RESERVED', 'AWAITING_PURCHASE', 'ORDERED', 'RECEIVED', 'IMAGED')
                  and not exists (select 1 from kit_item si where si.bundle_item_id = b.id)""")
                .param(caseId).query(Integer.class).single();
    }

    /** Nothing joins a sealed kit: an item ready later ships in a kit of its own. */
    public void seal(long kitId) {
        jdbc.sql("update shipment set state = ?, sealed_at = ? where id = ? and state = ?")
                .params(Shipment.PACKED, now(), kitId, Shipment.PACKING).update();
    }

    /** The carrier took the kit under this tracking number. */
    public void handOver(long kitId, String trackingNumber) {
        jdbc.sql("update shipment set tracking_number = ?, state = ?, shipped_at = ? where id = ?")
                .params(trackingNumber, Shipment.SHIPPED, now(), kitId).update();
    }

    /** The kit an item travels in, the latest if it travelled more than once. */
    public Optional<Long> kitOf(long itemId) {
        return jdbc.sql("select shipment_id from kit_item where bundle_item_id = ? order by shipment_id desc")
                .param(itemId).query(Long.class).list().stream().findFirst();
    }

    /** Kits (sealed, not yet taken, or taken on that day) of these carriers, for their pick list. */
    public List<Shipment> pickListOf(java.util.Collection<String> carriers, java.time.LocalDate day) {
        if (carriers.isEmpty()) {
            return List.of();
        }
        OffsetDateTime from = day.atStartOfDay().atOffset(ZoneOffset.UTC);
        return jdbc.sql("""
                select * from shipment where carrier in (:carriers) and bundle_item_id is not null and return_id is null and from_vendor = false
                  and ((state = :packed and sealed_at < :to) or (shipped_at >= :from and shipped_at < :to))
                order by id""")
                .param("carriers", carriers).param("packed", Shipment.PACKED).param("from", from).param("to", from.plusDays(1))
                .query(Shipment.class).list();
    }

    // The engine clock, which tests move to see a kit's wait run out.
    static OffsetDateTime now() {
        return com.homebound.process.Deadlines.now();
    }
}
