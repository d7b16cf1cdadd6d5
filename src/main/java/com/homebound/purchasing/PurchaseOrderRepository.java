package com.homebound.purchasing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.homebound.equipment.CatalogItem;
import com.homebound.process.Deadlines;

/** Orders are addressed by their bundle item: one item is one line of one order at a time. */
@Repository
public class PurchaseOrderRepository {

    private final JdbcClient jdbc;

    public PurchaseOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(long bundleItemId, CatalogItem item, String vendor, PurchaseOrderStatus status, String decidedBy, String comment) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into purchase_order (bundle_item_id, vendor, model, unit_price, status, decided_by, decision_comment, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(bundleItemId, vendor, item.model(), item.unitPrice(), status.name(), decidedBy, comment, now())
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<PurchaseOrder> find(long id) {
        return jdbc.sql("select * from purchase_order where id = ?").param(id).query(PurchaseOrder.class).optional();
    }

    public Optional<PurchaseOrder> latestFor(long bundleItemId) {
        return jdbc.sql("select * from purchase_order where bundle_item_id = ? order by id desc")
                .param(bundleItemId).query(PurchaseOrder.class).list().stream().findFirst();
    }

    public PurchaseOrder currentFor(long bundleItemId) {
        return latestFor(bundleItemId).orElseThrow(() -> new IllegalStateException("No purchase order for item " + bundleItemId));
    }

    public void place(long id, LocalDate expectedDelivery) {
        jdbc.sql("update purchase_order set status = ?, placed_at = ?, expected_delivery = ? where id = ?")
                .params(PurchaseOrderStatus.PLACED.name(), now(), expectedDelivery, id).update();
    }

    public void addLine(long purchaseOrderId, int lineNo, long bundleItemId, CatalogItem item) {
        jdbc.sql("""
                insert into purchase_order_line (purchase_order_id, line_no, bundle_item_id, model, quantity, unit_price)
                values (?, ?, ?, ?, 1, ?)""")
                .params(purchaseOrderId, lineNo, bundleItemId, item.model(), item.unitPrice()).update();
    }

    public List<PurchaseOrderLine> linesOf(long purchaseOrderId) {
        return jdbc.sql("select * from purchase_order_line where purchase_order_id = ? order by line_no")
                .param(purchaseOrderId).query(PurchaseOrderLine.class).list();
    }

    public Optional<PurchaseOrderLine> findLine(long purchaseOrderId, int lineNo) {
        return jdbc.sql("select * from purchase_order_line where purchase_order_id = ? and line_no = ?")
                .params(purchaseOrderId, lineNo).query(PurchaseOrderLine.class).optional();
    }

    public Optional<PurchaseOrderLine> noticedLineOf(long bundleItemId) {
        return jdbc.sql("""
                select l.* from purchase_order_line l join purchase_order o on o.id = l.purchase_order_id
                where l.bundle_item_id = ? and l.serial_number is not null and o.status = ? order by l.id desc""")
                .params(bundleItemId, PurchaseOrderStatus.PLACED.name()).query(PurchaseOrderLine.class).list().stream().findFirst();
    }

    public void recordNotice(long lineId, String serialNumber, String assetTag, LocalDate shippedOn) {
        jdbc.sql("update purchase_order_line set serial_number = ?, asset_tag = ?, shipped_on = ?, noticed_at = ? where id = ?")
                .params(serialNumber, assetTag, shippedOn, now(), lineId).update();
    }

    public boolean serialNumberOnAnyLine(String serialNumber) {
        return jdbc.sql("select count(*) from purchase_order_line where serial_number = ?").param(serialNumber)
                .query(Integer.class).single() > 0;
    }

    public void markReceived(long bundleItemId) {
        jdbc.sql("update purchase_order set status = ? where bundle_item_id = ? and status = ?")
                .params(PurchaseOrderStatus.RECEIVED.name(), bundleItemId, PurchaseOrderStatus.PLACED.name()).update();
    }

    public void recordChase(long id, LocalDate newPromise) {
        jdbc.sql("update purchase_order set chased_at = ?, expected_delivery = ? where id = ?")
                .params(now(), newPromise, id).update();
    }

    public void postpone(long id, LocalDate newPromise) {
        jdbc.sql("update purchase_order set expected_delivery = ? where id = ?").params(newPromise, id).update();
    }

    public void cancel(long id, String replacedByVendor, String reason) {
        jdbc.sql("update purchase_order set status = ?, replaced_by_vendor = ?, decision_comment = ? where id = ?")
                .params(PurchaseOrderStatus.CANCELLED.name(), replacedByVendor, reason, id).update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
