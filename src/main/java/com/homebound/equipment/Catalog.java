package com.homebound.equipment;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Catalog {

    private final JdbcClient jdbc;

    public Catalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CatalogItem> find(String model) {
        return jdbc.sql("select * from catalog_item where model = ?").param(model).query(CatalogItem.class).optional();
    }

    public CatalogItem get(String model) {
        return find(model).orElseThrow(() -> new IllegalStateException("Model " + model + " is not in the catalog"));
    }
}
