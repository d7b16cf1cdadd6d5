package com.homebound.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.homebound.support.AppTestCase;

/** The webhook as a carrier's tracking platform calls it: signed with the shared secret of the test profile. */
class AfterShipWebhookTest extends AppTestCase {

    private long shipmentId;
    private String tracking;

    @BeforeEach
    void aParcelOnItsWay() {
        tracking = "1Z" + System.nanoTime();
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into shipment (carrier, tracking_number, state, street, postal_code, city, country, shipped_at)
                values ('UPS', ?, 'SHIPPED', '1 rue Nationale', '37000', 'Tours', 'FR', current_timestamp)""")
                .param(tracking).update(key, "id");
        shipmentId = key.getKey().longValue();
    }

    @Test
    void aSignedEventIsAppliedAndStoredInTheTimeline() {
        var reply = webhook(event("evt-" + tracking + "-1", tracking, "InTransit", "2026-11-20T10:00:00+01:00"), true);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("applied");
        assertThat(state()).isEqualTo("IN_TRANSIT");
        var timeline = get(IT, "/api/shipments/" + shipmentId).json().get("timeline");
        assertThat(timeline).hasSize(1);
        assertThat(timeline.get(0).get("location").asText()).isEqualTo("Tours");
    }

    @Test
    void aWrongOrMissingSignatureIsRefusedAndChangesNothing() {
        String body = event("evt-" + tracking + "-bad", tracking, "Delivered", "2026-11-20T10:00:00+01:00");
        var wrong = send(null, request(body).header("aftership-hmac-sha256", signAfterShip(body.replace("Delivered", "InTransit"))));
        var missing = send(null, request(body));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(state()).isEqualTo("SHIPPED");
        assertThat(eventsStored()).isZero();
    }

    @Test
    void theSameEventTwiceIsAppliedOnce() {
        String body = event("evt-" + tracking + "-twice", tracking, "AttemptFail", "2026-11-20T10:00:00+01:00");
        assertThat(webhook(body, true).json().get("status").asText()).isEqualTo("applied");

        var again = webhook(body, true);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asText()).isEqualTo("duplicate");
        assertThat(eventsStored()).isEqualTo(1);
        assertThat(jdbc.sql("select failed_attempts from shipment where id = ?").param(shipmentId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void eventsOutOfOrderLeaveTheLatestState() {
        webhook(event("evt-" + tracking + "-3", tracking, "OutForDelivery", "2026-11-21T08:00:00+01:00"), true);
        webhook(event("evt-" + tracking + "-2", tracking, "InTransit", "2026-11-20T18:00:00+01:00"), true);
        webhook(event("evt-" + tracking + "-1", tracking, "InfoReceived", "2026-11-20T09:00:00+01:00"), true);

        assertThat(state()).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(eventsStored()).isEqualTo(3);
    }

    @Test
    void anUnknownTrackingNumberIsKeptForItAndAnsweredClearly() {
        String unknown = "UNKNOWN" + System.nanoTime();
        var reply = webhook(event("evt-" + unknown, unknown, "InTransit", "2026-11-20T10:00:00+01:00"), true);

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().get("message").asText()).contains("No shipment has tracking number " + unknown);
        var unmatched = get(IT, "/api/carriers/unmatched-events").json();
        assertThat(unmatched.findValuesAsText("trackingNumber")).contains(unknown);
        assertThat(get(CARRIER, "/api/carriers/unmatched-events").status()).isEqualTo(403);
    }

    @Test
    void aPayloadOfTheWrongShapeGetsA400SayingWhatIsWrong() {
        var noTag = webhook("{\"event_id\":\"x1\",\"msg\":{\"tracking_number\":\"" + tracking + "\",\"tag\":\"Teleported\"}}", true);
        var noMsg = webhook("{\"event_id\":\"x2\"}", true);
        var notJson = webhook("tracking please", true);

        assertThat(noTag.status()).isEqualTo(400);
        assertThat(noTag.json().get("message").asText()).contains("msg.tag 'Teleported' is not an AfterShip tag");
        assertThat(noMsg.status()).isEqualTo(400);
        assertThat(noMsg.json().get("message").asText()).contains("Expected {\"event_id\"");
        assertThat(notJson.status()).isEqualTo(400);
        var tooLong = webhook(event("x3", "X".repeat(50), "InTransit", "2026-11-20T10:00:00+01:00"), true);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("message").asText()).contains("msg.tracking_number must be 6 to 40");
        assertThat(eventsStored()).isZero();
    }

    @Test
    void aReportDatedDaysAheadOrInYear999999999IsRejectedForItAndNotRetried() {
        String ahead = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(3).toString();
        var delivered = webhook(event("evt-" + tracking + "-ahead", tracking, "Delivered", ahead), true);
        var farAhead = webhook(event("evt-" + tracking + "-far", tracking, "InTransit", "+999999999-01-01T00:00:00Z"), true);

        // 2xx, so that the carrier's platform does not retry for days; the reason is in words.
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        assertThat(delivered.json().get("status").asText()).isEqualTo("rejected");
        assertThat(delivered.json().get("message").asText()).contains("is not between 2000-01-01 and a day from now");
        assertThat(farAhead.status()).as(farAhead.body()).isEqualTo(200);
        assertThat(farAhead.json().get("status").asText()).isEqualTo("rejected");
        assertThat(state()).isEqualTo("SHIPPED");
        assertThat(eventsStored()).isZero();
        var rejected = get(IT, "/api/carriers/rejected-events").json();
        assertThat(rejected.findValuesAsText("eventId")).contains("aftership:evt-" + tracking + "-ahead", "aftership:evt-" + tracking + "-far");
        assertThat(get(CARRIER, "/api/carriers/rejected-events").status()).isEqualTo(403);
    }

    @Test
    void aTsThatIsNotWholeSecondsGetsA400AndIsNotStoredAs1970() {
        String noCheckpoint = "{\"event_id\":\"evt-%s-ts\",\"ts\":%s,\"msg\":{\"tracking_number\":\"" + tracking + "\",\"slug\":\"ups\",\"tag\":\"InTransit\"}}";
        var text = webhook(noCheckpoint.formatted(tracking, "\"abc\""), true);
        var huge = webhook(noCheckpoint.formatted(tracking + "x", "1e19"), true);

        assertThat(text.status()).as(text.body()).isEqualTo(400);
        assertThat(text.json().get("message").asText()).contains("ts must be whole seconds since 1970");
        assertThat(huge.status()).as(huge.body()).isEqualTo(400);
        assertThat(eventsStored()).isZero();
    }

    @Test
    void overLongEventIdsAndSlugsGetA400InWords() {
        var longId = webhook(event("e".repeat(10_000), tracking, "InTransit", "2026-11-20T10:00:00+01:00"), true);
        var longSlug = webhook(event("evt-" + tracking + "-slug", tracking, "InTransit", "2026-11-20T10:00:00+01:00")
                .replace("\"slug\": \"ups\"", "\"slug\": \"" + "s".repeat(5_000) + "\""), true);

        assertThat(longId.status()).as(longId.body()).isEqualTo(400);
        assertThat(longId.json().get("message").asText()).contains("event_id must be at most 100 characters");
        assertThat(longSlug.status()).as(longSlug.body()).isEqualTo(400);
        assertThat(longSlug.json().get("message").asText()).contains("msg.slug must be at most 60 characters");
        assertThat(eventsStored()).isZero();
    }

    private String state() {
        return jdbc.sql("select state from shipment where id = ?").param(shipmentId).query(String.class).single();
    }

    private int eventsStored() {
        return jdbc.sql("select count(*) from tracking_event where tracking_number = ?").param(tracking).query(Integer.class).single();
    }

    static String event(String eventId, String trackingNumber, String tag, String time) {
        return """
                {"event": "tracking_update", "event_id": "%s", "ts": 1763629200, "msg": {
                  "tracking_number": "%s", "slug": "ups", "tag": "%s", "subtag": "%s_001", "expected_delivery": null,
                  "checkpoints": [{"checkpoint_time": "%s", "location": "Tours", "message": "Parcel scanned", "tag": "%s"}]}}"""
                .formatted(eventId, trackingNumber, tag, tag, time, tag);
    }

    private Reply webhook(String body, boolean signed) {
        HttpRequest.Builder request = request(body);
        if (signed) {
            request.header("aftership-hmac-sha256", signAfterShip(body));
        }
        return send(null, request);
    }

    private HttpRequest.Builder request(String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/carriers/aftership/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
