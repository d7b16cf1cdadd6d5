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

    /** The vendor a user of the vendors group speaks for, if IT has said so. */
    public Optional<String> vendorOfUser(String userId) {
        return jdbc.sql("select vendor from vendor_user where user_id = ?").param(userId).query(String.class).optional();
    }

    public void speaksFor(String userId, String vendor) {
        jdbc.sql("delete from vendor_user where user_id = ?").param(userId).update();
        jdbc.sql("insert into vendor_user (user_id, vendor) values (?, ?)").params(userId, vendor).update();
    }

    public List<Vendor> all() {
        return jdbc.sql("select * from vendor order by name").query(Vendor.class).list();
    }
}
