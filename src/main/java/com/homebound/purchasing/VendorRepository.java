package com.homebound.purchasing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class VendorRepository {

    /** A Camunda user id as vendor_user keeps it (at most 64 characters). */
    static final Pattern USER_ID = Pattern.compile("^[A-Za-z0-9._@-]{1,64}$");

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

    @Transactional
    public void speaksFor(String userId, String vendor) {
        jdbc.sql("delete from vendor_user where user_id = ?").param(userId).update();
        jdbc.sql("insert into vendor_user (user_id, vendor) values (?, ?)").params(userId, vendor).update();
    }

    public List<Vendor> all() {
        return jdbc.sql("select * from vendor order by name").query(Vendor.class).list();
    }
}
