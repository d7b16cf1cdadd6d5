package com.homebound.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.homebound.equipment.CatalogItem;
import com.homebound.process.Deadlines;

/**
 * Orders are addressed by their bundle item: one item is on one order at a time, as its own order's
 * line or as one of the quantity of a wave's order line ({@link WaveOrderItem}).
 */
@Repository
public class PurchaseOrderRepository {

    /** An item's own orders, and the wave's order it is on as this item sees it: newest first. */
    private static final String ORDERS_OF_ITEM = """
            select id, bundle_item_id, vendor, model, unit_price, status, decided_by, decision_comment, expected_delivery,
                   replaced_by_vendor, chased_at, wave_id
            from purchase_order where bundle_item_id = ?
            union all
            select o.id, i.bundle_item_id, o.vendor, i.model, l.unit_price,
                   case when i.cancelled_at is not null then 'CANCELLED' when i.received_at is not null then 'RECEIVED' else o.status end,
                   o.decided_by, o.decision_comment, o.expected_delivery, i.replaced_by_vendor, o.chased_at, o.wave_id
            from wave_order_item i join purchase_order o on o.id = i.purchase_order_id
                 join purchase_order_line l on l.purchase_order_id = o.id and l.line_no = i.line_no
            where i.bundle_item_id = ?
            order by id desc""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public PurchaseOrderRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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

    /** The item's latest order: its own, or its wave's once the wave sent it (an item's approval row comes before). */
    public Optional<PurchaseOrder> latestFor(long bundleItemId) {
        return jdbc.sql(ORDERS_OF_ITEM).params(bundleItemId, bundleItemId).query(PurchaseOrder.class).list().stream().findFirst();
    }

    public PurchaseOrder currentFor(long bundleItemId) {
        return latestFor(bundleItemId).orElseThrow(() -> new IllegalStateException("No purchase order for item " + bundleItemId));
    }

    public void place(long id, LocalDate expectedDelivery) {
        jdbc.sql("update purchase_order set status = ?, placed_at = ?, expected_delivery = ? where id = ?")
                .params(PurchaseOrderStatus.PLACED.name(), now(), expectedDelivery, id).update();
    }

    public void addLine(long purchaseOrderId, int lineNo, long bundleItemId, CatalogItem item) {
        addLine(purchaseOrderId, lineNo, bundleItemId, item, false);
    }

    /** An item's line; shipped to the employee's home, its address is mailed with it (read from the employee at mail time). */
    public void addLine(long purchaseOrderId, int lineNo, long bundleItemId, CatalogItem item, boolean shipToHome) {
        jdbc.sql("""
                insert into purchase_order_line (purchase_order_id, line_no, bundle_item_id, model, quantity, unit_price, ship_to_home)
                values (?, ?, ?, ?, 1, ?, ?)""")
                .params(purchaseOrderId, lineNo, bundleItemId, item.model(), item.unitPrice(), shipToHome).update();
    }

    public List<PurchaseOrderLine> linesOf(long purchaseOrderId) {
        return jdbc.sql("select * from purchase_order_line where purchase_order_id = ? order by line_no")
                .param(purchaseOrderId).query(PurchaseOrderLine.class).list();
    }

    public Optional<PurchaseOrderLine> findLine(long purchaseOrderId, int lineNo) {
        return jdbc.sql("select * from purchase_order_line where purchase_order_id = ? and line_no = ?")
                .params(purchaseOrderId, lineNo).query(PurchaseOrderLine.class).optional();
    }

    /**
     * The delivery notice row that named this item (its serial number, maybe our asset tag): on its own
     * order's line, or for it on its wave's order line. An item is delivered once, so there is one at most.
     */
    public Optional<DeliveryNotice> noticeFor(long bundleItemId) {
        return jdbc.sql("""
                select purchase_order_id, line_no, serial_number, asset_tag, shipped_on from purchase_order_line
                where bundle_item_id = ? and serial_number is not null
                union all
                select purchase_order_id, line_no, serial_number, asset_tag, shipped_on from wave_order_item
                where bundle_item_id = ? and serial_number is not null""")
                .params(bundleItemId, bundleItemId)
                .query((rs, n) -> new DeliveryNotice(PurchaseOrder.number(rs.getLong(1)), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list().stream().findFirst();
    }

    public void recordNotice(long lineId, String serialNumber, String assetTag, LocalDate shippedOn) {
        jdbc.sql("update purchase_order_line set serial_number = ?, asset_tag = ?, shipped_on = ?, noticed_at = ? where id = ?")
                .params(serialNumber, assetTag, shippedOn, now(), lineId).update();
    }

    public boolean serialNumberOnAnyLine(String serialNumber) {
        return jdbc.sql("select count(*) from purchase_order_line where serial_number = ?").param(serialNumber)
                .query(Integer.class).single() > 0
                || jdbc.sql("select count(*) from wave_order_item where serial_number = ?").param(serialNumber)
                .query(Integer.class).single() > 0;
    }

    /** The item is here: its own order is fulfilled, or it no longer waits on its wave's order. */
    public void markReceived(long bundleItemId) {
        jdbc.sql("update purchase_order set status = ? where bundle_item_id = ? and status = ?")
                .params(PurchaseOrderStatus.RECEIVED.name(), bundleItemId, PurchaseOrderStatus.PLACED.name()).update();
        waveItemOf(bundleItemId).filter(item -> item.purchaseOrderId() != null && item.awaited()).ifPresent(item -> {
            jdbc.sql("update wave_order_item set received_at = ? where id = ?").params(now(), item.id()).update();
            settle(item.purchaseOrderId());
        });
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

    // ---------------------------------------------------------------- a wave's orders

    /** The wave the item's case was started in, if any. */
    public Optional<Long> waveOf(long bundleItemId) {
        return jdbc.sql("""
                select c.wave_id from bundle_item b join onboarding_case c on c.id = b.case_id
                where b.id = ? and c.wave_id is not null""").param(bundleItemId).query(Long.class).list().stream().findFirst();
    }

    /**
     * The item is to be bought with its wave's other items of this vendor: one row of its own, so
     * batches adding items side by side share no row and never wait for each other.
     */
    public void addToWave(long waveId, long bundleItemId, CatalogItem item) {
        jdbc.sql("insert into wave_order_item (wave_id, bundle_item_id, vendor, model, added_at) values (?, ?, ?, ?, ?)")
                .params(waveId, bundleItemId, item.vendor(), item.model(), now()).update();
    }

    public Optional<WaveOrderItem> waveItemOf(long bundleItemId) {
        return jdbc.sql("select * from wave_order_item where bundle_item_id = ?").param(bundleItemId).query(WaveOrderItem.class).optional();
    }

    /** The wave's items on no order yet, by vendor and model, in the order they were added. */
    public List<WaveOrderItem> unsentItemsOf(long waveId) {
        return jdbc.sql("select * from wave_order_item where wave_id = ? and purchase_order_id is null and cancelled_at is null order by vendor, model, id")
                .param(waveId).query(WaveOrderItem.class).list();
    }

    /** A wave's order for one vendor, placed now: its lines come next. */
    public long placeWaveOrder(long waveId, String vendor, LocalDate expectedDelivery) {
        var key = new GeneratedKeyHolder();
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into purchase_order (wave_id, vendor, status, created_at, placed_at, expected_delivery)
                values (?, ?, ?, ?, ?, ?)""")
                .params(waveId, vendor, PurchaseOrderStatus.PLACED.name(), now, now, expectedDelivery)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** An unsent item nobody would receive any more: it stays off the wave's orders. */
    public void takeOffUnsent(WaveOrderItem item) {
        jdbc.sql("update wave_order_item set cancelled_at = ? where id = ?").params(now(), item.id()).update();
    }

    /** One line of a wave's order: a quantity of a model, and the items it buys. */
    public void addQuantityLine(long purchaseOrderId, int lineNo, String model, BigDecimal unitPrice, List<WaveOrderItem> items) {
        jdbc.sql("insert into purchase_order_line (purchase_order_id, line_no, model, quantity, unit_price) values (?, ?, ?, ?, ?)")
                .params(purchaseOrderId, lineNo, model, items.size(), unitPrice).update();
        batch.batchUpdate("update wave_order_item set purchase_order_id = ?, line_no = ? where id = ?",
                items.stream().map(item -> new Object[] {purchaseOrderId, lineNo, item.id()}).toList());
    }

    /** The items a line of a wave's order buys, in the order delivery notices are matched to them. */
    public List<WaveOrderItem> itemsOnLine(long purchaseOrderId, int lineNo) {
        return jdbc.sql("select * from wave_order_item where purchase_order_id = ? and line_no = ? order by id")
                .params(purchaseOrderId, lineNo).query(WaveOrderItem.class).list();
    }

    public void recordNotice(WaveOrderItem item, String serialNumber, String assetTag, LocalDate shippedOn) {
        jdbc.sql("update wave_order_item set serial_number = ?, asset_tag = ?, shipped_on = ?, noticed_at = ? where id = ?")
                .params(serialNumber, assetTag, shippedOn, now(), item.id()).update();
    }

    /**
     * Takes one item off its wave's order (it is bought elsewhere): the line asks the vendor for one
     * fewer, the other items stay on it. Answers the line as it now is.
     */
    public PurchaseOrderLine takeOffWaveOrder(WaveOrderItem item, String replacedByVendor) {
        jdbc.sql("update wave_order_item set cancelled_at = ?, replaced_by_vendor = ? where id = ?")
                .params(now(), replacedByVendor, item.id()).update();
        jdbc.sql("update purchase_order_line set quantity = quantity - 1 where purchase_order_id = ? and line_no = ?")
                .params(item.purchaseOrderId(), item.lineNo()).update();
        settle(item.purchaseOrderId());
        return findLine(item.purchaseOrderId(), item.lineNo()).orElseThrow();
    }

    /** Once no item of a wave's order is awaited, the order is received (or cancelled, if none of it came). */
    private void settle(long purchaseOrderId) {
        // Receipts of one order take turns here, so the last one sees all the others and closes the order.
        jdbc.sql("select id from purchase_order where id = ? for update").param(purchaseOrderId).query(Long.class).single();
        List<WaveOrderItem> items = jdbc.sql("select * from wave_order_item where purchase_order_id = ?").param(purchaseOrderId)
                .query(WaveOrderItem.class).list();
        if (items.stream().anyMatch(WaveOrderItem::awaited)) {
            return;
        }
        boolean anyReceived = items.stream().map(WaveOrderItem::receivedAt).anyMatch(Objects::nonNull);
        jdbc.sql("update purchase_order set status = ? where id = ? and status = ?")
                .params((anyReceived ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.CANCELLED).name(), purchaseOrderId,
                        PurchaseOrderStatus.PLACED.name()).update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
