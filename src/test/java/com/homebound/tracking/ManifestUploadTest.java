package com.homebound.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.homebound.support.AppTestCase;

class ManifestUploadTest extends AppTestCase {

    @org.springframework.beans.factory.annotation.Autowired com.homebound.equipment.AssetRepository assets;

    @Test
    void aManifestOf1000LinesWith10MalformedAppliesTheGoodOnesOnceAndNamesTheBadLines() {
        List<String> parcels = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String tracking = "MF" + System.nanoTime() + i;
            parcels.add(tracking);
            jdbc.sql("""
                    insert into shipment (carrier, tracking_number, state, street, postal_code, city, country, shipped_at)
                    values ('Colissimo', ?, 'SHIPPED', '1 rue Nationale', '37000', 'Tours', 'FR', current_timestamp)""").param(tracking).update();
        }
        StringBuilder csv = new StringBuilder("tracking_number,status,timestamp,location\n");
        OffsetDateTime start = OffsetDateTime.of(2026, 11, 20, 8, 0, 0, 0, ZoneOffset.UTC);
        List<Integer> badLines = new ArrayList<>();
        for (int row = 0; row < 1000; row++) {
            int line = row + 2;
            if (row % 100 == 50) {
                badLines.add(line);
                csv.append(switch (badLines.size() % 3) {
                    case 0 -> parcels.get(0) + ",Teleported," + start + ",Tours\n";
                    case 1 -> parcels.get(0) + ",InTransit,yesterday,Tours\n";
                    default -> parcels.get(0) + ",InTransit\n";
                });
                continue;
            }
            String status = row < 500 ? "InTransit" : "OutForDelivery";
            csv.append(parcels.get(row % 10)).append(',').append(status).append(',').append(start.plusMinutes(row)).append(",Hub ").append(row).append('\n');
        }

        var first = postFile(CARRIER, "/api/carriers/manifests", "manifest.csv", csv.toString());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("applied").asInt()).isEqualTo(990);
        assertThat(first.json().get("rejected").findValues("line")).extracting(n -> n.asInt()).containsExactlyElementsOf(badLines);
        assertThat(first.json().get("rejected").toString()).contains("status 'Teleported'", "timestamp 'yesterday'", "expected 4 columns");
        assertThat(jdbc.sql("select count(*) from tracking_event where tracking_number in (:p)").param("p", parcels)
                .query(Integer.class).single()).isEqualTo(990);
        assertThat(jdbc.sql("select distinct state from shipment where tracking_number in (:p)").param("p", parcels)
                .query(String.class).list()).containsExactly("OUT_FOR_DELIVERY");

        var again = postFile(CARRIER, "/api/carriers/manifests", "manifest.csv", csv.toString());
        assertThat(again.json().get("applied").asInt()).isZero();
        assertThat(again.json().get("alreadyApplied").asInt()).isEqualTo(990);
        assertThat(jdbc.sql("select count(*) from tracking_event where tracking_number in (:p)").param("p", parcels)
                .query(Integer.class).single()).isEqualTo(990);
    }

    @Test
    void aLineTheProcessRefusesIsReportedAndTheNextLinesStillApply() {
        jdbc.sql("update asset set state = 'WRITTEN_OFF' where state = 'IN_STOCK'").update();
        assets.add(com.homebound.equipment.ItemType.HEADSET, "Jabra Evolve2 40", "JB40-MF-" + System.nanoTime(),
                "HB-MF-" + System.nanoTime() % 100000, com.homebound.equipment.AssetState.IN_STOCK);
        var started = post(HR, "/engine-rest/process-definition/key/onboarding/submit-form", formValues(
                "employeeId", "E-7" + System.nanoTime() % 100000, "fullName", "Chloé Bernard", "workEmail", "chloe@acme.example",
                "personalEmail", "chloe@home.example", "phone", "+33 6 10 20 30 40", "street", "2 rue Nericault",
                "postalCode", "37000", "city", "Tours", "country", "FR", "startDate", java.time.LocalDate.now().plusDays(3).toString(),
                "caseType", "relocation", "profile", "call-centre-agent", "hasBroadband", true, "managerId", MANAGER));
        String task = awaitTask(CARRIER, "ShipToHome", started.json().get("businessKey").asText());
        String tracking = "MFP" + System.nanoTime();
        assertThat(post(CARRIER, "/engine-rest/task/" + task + "/submit-form", formValues("trackingNumber", tracking))
                .status()).isEqualTo(204);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        var reply = postFile(CARRIER, "/api/carriers/manifests", "manifest.csv", "tracking_number,status,timestamp,location\n"
                + tracking + ",Delivered," + now.plusDays(5) + ",Tours\n"
                + tracking + ",OutForDelivery," + now.minusHours(1) + ",Tours\n"
                + tracking + ",\"InTransit,Tours\n");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("applied").asInt()).isEqualTo(1);
        assertThat(reply.json().get("rejected").findValues("line")).extracting(n -> n.asInt()).containsExactly(2, 4);
        assertThat(reply.json().get("rejected").get(0).get("reason").asText()).contains("is not between 2000-01-01 and a day from now");
        assertThat(reply.json().get("rejected").get(1).get("reason").asText()).contains("unterminated quote");
        assertThat(jdbc.sql("select state from shipment where tracking_number = ?").param(tracking).query(String.class).single())
                .isEqualTo("OUT_FOR_DELIVERY");
    }

    @Test
    void aReportDatedInYear999999999IsRejectedNotAppliedAndLeavesTheParcelFree() {
        String tracking = "MFY" + System.nanoTime();
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into shipment (carrier, tracking_number, state, street, postal_code, city, country, shipped_at)
                values ('Colissimo', ?, 'SHIPPED', '1 rue Nationale', '37000', 'Tours', 'FR', current_timestamp)""")
                .param(tracking).update(key, "id");

        var reply = postFile(CARRIER, "/api/carriers/manifests", "manifest.csv", "tracking_number,status,timestamp,location\n"
                + tracking + ",InTransit,+999999999-01-01T00:00:00Z,Tours\n"
                + tracking + ",InTransit,1900-01-01T00:00:00Z,Tours\n"
                + tracking + ",OutForDelivery," + OffsetDateTime.now(ZoneOffset.UTC).minusHours(1) + ",Tours\n");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("applied").asInt()).isEqualTo(1);
        assertThat(reply.json().get("rejected").findValues("line")).extracting(n -> n.asInt()).containsExactly(2, 3);
        assertThat(reply.json().get("rejected").get(0).get("reason").asText()).contains("is not between 2000-01-01 and a day from now");
        assertThat(jdbc.sql("select state from shipment where tracking_number = ?").param(tracking).query(String.class).single())
                .isEqualTo("OUT_FOR_DELIVERY");
    }

    @Test
    void aManifestWithoutTheExpectedHeaderIsRefusedWhole() {
        var reply = postFile(CARRIER, "/api/carriers/manifests", "manifest.csv", "parcel,state\nX,Y\n");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("missing: tracking_number,status,timestamp,location");
        var unterminated = postFile(CARRIER, "/api/carriers/manifests", "manifest.csv", "\"tracking_number,status\n");
        assertThat(unterminated.status()).as(unterminated.body()).isEqualTo(400);
        assertThat(unterminated.body()).contains("The header row is not valid CSV");
        assertThat(postFile(HR, "/api/carriers/manifests", "manifest.csv", "tracking_number,status,timestamp,location\n").status())
                .isEqualTo(403);
    }
}
