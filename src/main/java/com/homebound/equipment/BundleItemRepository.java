package com.homebound.equipment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The items of people's bundles. */
@Repository
public class BundleItemRepository {

    private final JdbcClient jdbc;

    public BundleItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long caseId, ItemType type, String model, boolean keepExisting) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into bundle_item (case_id, item_type, model, source, state, updated_at) values (?, ?, ?, ?, ?, ?)")
                .params(caseId, type.name(), model, keepExisting ? BundleItem.KEPT : null, BundleItemState.REQUESTED.name(), now())
                .update(key, "id");
        return key.getKey().longValue();
    }

    public List<Long> itemIdsOf(long caseId) {
        return jdbc.sql("select id from bundle_item where case_id = ? order by id").param(caseId).query(Long.class).list();
    }

    public List<BundleItem> itemsOf(long caseId) {
        return jdbc.sql("select * from bundle_item where case_id = ? order by id").param(caseId).query(BundleItem.class).list();
    }

    public java.util.Optional<BundleItem> find(long id) {
        return jdbc.sql("select * from bundle_item where id = ?").param(id).query(BundleItem.class).optional();
    }

    public BundleItem get(long id) {
        return jdbc.sql("select * from bundle_item where id = ?").param(id).query(BundleItem.class).single();
    }

    public void startProvisioning(long id, String source, String processInstanceId) {
        jdbc.sql("update bundle_item set source = ?, process_instance_id = ?, updated_at = ? where id = ?")
                .params(source, processInstanceId, now(), id).update();
    }

    /** Bought for delivery by its vendor to the employee's home: never through IT, never in a kit. */
    public void markDropShipped(long id) {
        jdbc.sql("update bundle_item set drop_shipped = true, updated_at = ? where id = ?").params(now(), id).update();
    }

    public void moveTo(long id, BundleItemState state) {
        jdbc.sql("update bundle_item set state = ?, updated_at = ? where id = ?").params(state.name(), now(), id).update();
    }

    public void assignAsset(long id, long assetId, BundleItemState state) {
        jdbc.sql("update bundle_item set asset_id = ?, state = ?, updated_at = ? where id = ?")
                .params(assetId, state.name(), now(), id).update();
    }

    /** The carrier this item's parcel is given to; its users alone see and ship it. */
    public void assignCarrier(long id, String carrier) {
        jdbc.sql("update bundle_item set carrier = ?, updated_at = ? where id = ?").params(carrier, now(), id).update();
    }

    public String carrierOf(long id) {
        // Null until the process has assigned a carrier (a list, as a single null is no result to JdbcClient).
        List<String> carrier = jdbc.sql("select carrier from bundle_item where id = ?").param(id).query(String.class).list();
        return carrier.isEmpty() ? null : carrier.get(0);
    }

    public void changeModel(long id, String model) {
        jdbc.sql("update bundle_item set model = ?, updated_at = ? where id = ?").params(model, now(), id).update();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
