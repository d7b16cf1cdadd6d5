package com.homebound.purchasing;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class VendorRepository {

    private final JdbcClient jdbc;

    public VendorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Vendor> find(String name) {
        return jdbc.sql("select * from vendor where name = ?").param(name).query(Vendor.class).optional();
    }

    public List<Vendor> all() {
        return jdbc.sql("select * from vendor order by name").query(Vendor.class).list();
    }
}
