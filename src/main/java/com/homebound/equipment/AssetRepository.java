package com.homebound.equipment;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AssetRepository {

    private final JdbcClient jdbc;

    public AssetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(ItemType type, String model, String serialNumber, String assetTag, AssetState state) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into asset (item_type, model, serial_number, asset_tag, state, updated_at) values (?, ?, ?, ?, ?, ?)")
                .params(type.name(), model, serialNumber, assetTag, state.name(), BundleItemRepository.now())
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Asset get(long id) {
        return jdbc.sql("select * from asset where id = ?").param(id).query(Asset.class).single();
    }

    /**
     * Takes one item of this model out of stock; two cases never get the same one. Items another
     * transaction is taking are skipped, not waited for: a wave's batches reserve side by side.
     */
    public Optional<Asset> reserveFromStock(String model) {
        Optional<Long> free = jdbc.sql("select id from asset where model = ? and state = ? order by id limit 1 for update skip locked")
                .params(model, AssetState.IN_STOCK.name()).query(Long.class).optional();
        free.ifPresent(id -> jdbc.sql("update asset set state = ?, updated_at = ? where id = ?")
                .params(AssetState.ASSIGNED.name(), BundleItemRepository.now(), id).update());
        return free.map(this::get);
    }

    public void moveTo(long id, AssetState state) {
        jdbc.sql("update asset set state = ?, updated_at = ? where id = ?").params(state.name(), BundleItemRepository.now(), id).update();
    }

    public boolean serialNumberKnown(String serialNumber) {
        return jdbc.sql("select count(*) from asset where serial_number = ?").param(serialNumber).query(Integer.class).single() > 0;
    }

    public boolean assetTagKnown(String assetTag) {
        return jdbc.sql("select count(*) from asset where asset_tag = ?").param(assetTag).query(Integer.class).single() > 0;
    }

    public int countInStock(String model) {
        return jdbc.sql("select count(*) from asset where model = ? and state = ?").params(model, AssetState.IN_STOCK.name())
                .query(Integer.class).single();
    }
}
