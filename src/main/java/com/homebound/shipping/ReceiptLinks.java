package com.homebound.shipping;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed links that let an employee, who has no login, confirm that a parcel arrived. The key
 * comes from HOMEBOUND_LINK_SECRET, or is generated once and kept in the database.
 */
@Component
public class ReceiptLinks {

    private final byte[] key;
    private final String baseUrl;

    public ReceiptLinks(JdbcClient jdbc, @Value("${homebound.link-secret:}") String configuredSecret,
                        @Value("${homebound.base-url}") String baseUrl) {
        this.baseUrl = baseUrl;
        this.key = (configuredSecret.isBlank() ? storedSecret(jdbc) : configuredSecret).getBytes(StandardCharsets.UTF_8);
    }

    public String linkFor(long shipmentId) {
        return baseUrl + "/receipt/" + shipmentId + "?sig=" + signature(shipmentId);
    }

    public boolean verify(long shipmentId, String signature) {
        return signature != null && MessageDigest.isEqual(
                signature(shipmentId).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(long shipmentId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("receipt:" + shipmentId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String storedSecret(JdbcClient jdbc) {
        var existing = jdbc.sql("select secret from signing_key where name = 'receipt-links'").query(String.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getEncoder().encodeToString(random);
        jdbc.sql("insert into signing_key (name, secret) values ('receipt-links', ?)").param(secret).update();
        return secret;
    }
}
