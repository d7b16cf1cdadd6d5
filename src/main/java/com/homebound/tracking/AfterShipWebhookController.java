package com.homebound.tracking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.homebound.security.BasicAuthenticationFilter;

/**
 * Carriers' tracking updates in AfterShip's webhook format. The HMAC signature of the raw body,
 * with the secret from HOMEBOUND_AFTERSHIP_SECRET, is the authentication: no login.
 */
@RestController
public class AfterShipWebhookController {

    public static final String PATH = BasicAuthenticationFilter.AFTERSHIP_WEBHOOK;
    private static final int MAX_BODY = 256 * 1024;
    /** Longer than any id or slug AfterShip sends; the columns that keep them are sized for these. */
    private static final int MAX_EVENT_ID = 100;
    private static final int MAX_SLUG = 60;
    private static final int MAX_TEXT = 100;
    /** Year 9999: beyond it a time cannot even be written down; implausible times are refused later, with a reason. */
    private static final long MAX_EPOCH_SECOND = 253_402_300_799L;
    private static final Logger log = LoggerFactory.getLogger(AfterShipWebhookController.class);

    private final ShipmentTracker tracker;
    private final TrackingEventRepository events;
    private final ObjectMapper json;
    private final byte[] secret;

    public AfterShipWebhookController(ShipmentTracker tracker, TrackingEventRepository events, ObjectMapper json,
                                      @Value("${homebound.aftership.secret:}") String secret) {
        this.tracker = tracker;
        this.events = events;
        this.json = json;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(PATH)
    public ResponseEntity<Map<String, String>> receive(HttpServletRequest request,
                                                       @RequestHeader(value = "aftership-hmac-sha256", required = false) String signature)
            throws java.io.IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            return reply(HttpStatus.PAYLOAD_TOO_LARGE, "refused", "A tracking event is at most " + MAX_BODY + " bytes");
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return reply(HttpStatus.PAYLOAD_TOO_LARGE, "refused", "A tracking event is at most " + MAX_BODY + " bytes");
        }
        if (secret.length == 0) {
            return reply(HttpStatus.UNAUTHORIZED, "refused", "No webhook secret is configured (HOMEBOUND_AFTERSHIP_SECRET)");
        }
        if (signature == null || !MessageDigest.isEqual(sign(body), signature.trim().getBytes(StandardCharsets.US_ASCII))) {
            return reply(HttpStatus.UNAUTHORIZED, "refused", "Missing or wrong aftership-hmac-sha256 signature");
        }
        TrackingUpdate update;
        try {
            update = read(json.readTree(body));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return reply(HttpStatus.BAD_REQUEST, "invalid", e.getMessage());
        } catch (java.io.IOException e) {
            return reply(HttpStatus.BAD_REQUEST, "invalid", "The body is not JSON: " + e.getMessage());
        }
        ShipmentTracker.Outcome outcome;
        try {
            outcome = tracker.apply(update);
        } catch (ShipmentTracker.Refused e) {
            // A 2xx: the platform would retry a 4xx or 5xx for days, and the report will never be accepted; IT sees it.
            log.info("Refused AfterShip event {} for {}: {}", update.dedupeKey(), update.trackingNumber(), e.getMessage());
            events.reject(update, e.getMessage());
            return reply(HttpStatus.OK, "rejected", "Not applied, kept for IT: " + e.getMessage());
        }
        return switch (outcome) {
            case APPLIED -> reply(HttpStatus.OK, "applied", update.status().tag() + " recorded for " + update.trackingNumber());
            case DUPLICATE -> reply(HttpStatus.OK, "duplicate", "Event " + update.dedupeKey().substring("aftership:".length()) + " was already applied");
            case UNMATCHED -> reply(HttpStatus.ACCEPTED, "unmatched",
                    "No shipment has tracking number " + update.trackingNumber() + "; the event is kept for IT");
        };
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static TrackingUpdate read(JsonNode root) {
        JsonNode msg = root.path("msg");
        if (!root.isObject() || text(root, "event_id") == null || !msg.isObject()) {
            throw new IllegalArgumentException("Expected {\"event_id\": \"...\", \"msg\": {\"tracking_number\", \"slug\", \"tag\", \"checkpoints\"}}");
        }
        String eventId = TrackingUpdate.checkLength(text(root, "event_id"), MAX_EVENT_ID, "event_id");
        String trackingNumber = text(msg, "tracking_number");
        TrackingUpdate.checkTrackingNumber(trackingNumber, "msg.tracking_number");
        String tag = text(msg, "tag");
        TrackingStatus status = TrackingStatus.parse(tag)
                .orElseThrow(() -> new IllegalArgumentException("msg.tag '" + tag + "' is not an AfterShip tag such as InTransit or Delivered"));
        JsonNode checkpoints = msg.path("checkpoints");
        JsonNode last = checkpoints.isArray() && !checkpoints.isEmpty() ? checkpoints.get(checkpoints.size() - 1) : null;
        OffsetDateTime sent = sentAt(root.get("ts"));
        OffsetDateTime occurredAt = last != null && text(last, "checkpoint_time") != null ? TrackingUpdate.time(text(last, "checkpoint_time"), "checkpoint_time")
                : sent != null ? sent : OffsetDateTime.now(ZoneOffset.UTC);
        String location = last == null ? null : firstText(last, "location", "city");
        String message = last == null ? text(msg, "subtag_message") : text(last, "message");
        String reference = TrackingUpdate.checkLength(firstText(msg, "order_id", "order_number"), MAX_TEXT, "msg.order_id");
        String slug = TrackingUpdate.checkLength(text(msg, "slug"), MAX_SLUG, "msg.slug");
        return new TrackingUpdate("AFTERSHIP", "aftership:" + eventId, trackingNumber, slug, reference,
                status, occurredAt, location, message);
    }

    /** AfterShip's "ts": whole seconds since 1970. Anything else is a malformed event, not a time to guess. */
    private static OffsetDateTime sentAt(JsonNode ts) {
        if (ts == null || ts.isNull()) {
            return null;
        }
        if (!ts.isIntegralNumber() || !ts.canConvertToLong() || Math.abs(ts.asLong()) > MAX_EPOCH_SECOND) {
            throw new IllegalArgumentException("ts must be whole seconds since 1970, like 1763629200");
        }
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(ts.asLong()), ZoneOffset.UTC);
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        if (value.asText().indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException(field + " may not contain a NUL character");
        }
        return value.asText().trim();
    }

    private static ResponseEntity<Map<String, String>> reply(HttpStatus status, String outcome, String message) {
        return ResponseEntity.status(status).body(Map.of("status", outcome, "message", message));
    }
}
