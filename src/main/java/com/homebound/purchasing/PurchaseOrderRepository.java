package com.homebound.purchasing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.homebound.equipment.CatalogItem;

/** Named "purchasing" so the BPMN can set a due date with ${purchasing.expectedDeliveryOf(bundleItemId)}. */
@Repository("purchasing")
public class PurchaseOrderRepository {

    private final JdbcClient jdbc;

    public PurchaseOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(long bundleItemId, CatalogItem item, String status, String decidedBy, String comment) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into purchase_order (bundle_item_id, vendor, model, unit_price, status, decided_by, decision_comment, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(bundleItemId, item.vendor(), item.model(), item.unitPrice(), status, decidedBy, comment, now())
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<PurchaseOrder> latestFor(long bundleItemId) {
        return jdbc.sql("select * from purchase_order where bundle_item_id = ? order by id desc")
                .param(bundleItemId).query(PurchaseOrder.class).stream().findFirst();
    }

    public void place(long id, LocalDate expectedDelivery) {
        jdbc.sql("update purchase_order set status = ?, placed_at = ?, expected_delivery = ? where id = ?")
                .params(PurchaseOrder.PLACED, now(), expectedDelivery, id).update();
    }

    public void markReceived(long bundleItemId) {
        jdbc.sql("update purchase_order set status = ? where bundle_item_id = ? and status = ?")
                .params(PurchaseOrder.RECEIVED, bundleItemId, PurchaseOrder.PLACED).update();
    }

    public Date expectedDeliveryOf(long bundleItemId) {
        LocalDate expected = latestFor(bundleItemId).map(PurchaseOrder::expectedDelivery).orElse(LocalDate.now());
        return Date.from(expected.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
