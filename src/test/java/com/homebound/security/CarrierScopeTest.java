package com.homebound.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.equipment.AssetState;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.ItemType;
import com.homebound.support.AppTestCase;

/**
 * A carrier's user sees and acts on its own carrier's parcels only. CARRIER ships for Colissimo
 * (France, by carrier-choice.dmn), OTHER_CARRIER for DHL Express (elsewhere).
 */
class CarrierScopeTest extends AppTestCase {

    @Autowired AssetRepository assets;

    @Test
    void anotherCarriersUserNeitherSeesNorShipsNorReadsAFrenchParcel() {
        String frenchCase = startCase("FR", "Tours", "37000");
        String shipTask = shipTaskOf(CARRIER, frenchCase);

        assertThat(get(OTHER_CARRIER, "/engine-rest/task?processInstanceBusinessKey=" + frenchCase).json()).isEmpty();
        assertThat(get(OTHER_CARRIER, "/engine-rest/task?taskDefinitionKey=ShipToHome").json().findValuesAsText("id"))
                .doesNotContain(shipTask);
        assertThat(get(OTHER_CARRIER, "/engine-rest/task/" + shipTask).status()).isIn(403, 404);
        assertThat(post(OTHER_CARRIER, "/engine-rest/task/" + shipTask + "/submit-form", formValues("trackingNumber", "DHLTAKES1234"))
                .status()).isIn(403, 404);
        assertThat(post(OTHER_CARRIER, "/engine-rest/task/" + shipTask + "/claim", java.util.Map.of("userId", OTHER_CARRIER))
                .status()).isIn(403, 404);
        assertThat(jdbc.sql("select count(*) from shipment where tracking_number = 'DHLTAKES1234'").query(Integer.class).single()).isZero();

        String tracking = "CO" + System.nanoTime() % 10_000_000_000L + "FR";
        assertThat(post(CARRIER, "/engine-rest/task/" + shipTask + "/submit-form", formValues("trackingNumber", tracking)).status())
                .isEqualTo(204);
        long shipment = jdbc.sql("select id from shipment where tracking_number = ?").param(tracking).query(Long.class).single();

        var theirs = get(OTHER_CARRIER, "/api/shipments/" + shipment);
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.json().get("message").asText()).isEqualTo("No shipment " + shipment);
        assertThat(theirs.body()).doesNotContain(tracking, "Tours", "Colissimo");
        var own = get(CARRIER, "/api/shipments/" + shipment);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("shipment").get("carrier").asText()).isEqualTo("Colissimo");
        assertThat(get(HR, "/api/shipments/" + shipment).status()).isEqualTo(200);
        assertThat(get(OTHER_CARRIER, "/engine-rest/task?processInstanceBusinessKey=" + frenchCase).json()).isEmpty();
    }

    @Test
    void aCarriersPickListListsItsOwnKitsOfTheDayWithTheirItemsAndNoOtherCarriers() {
        String frenchTracking = "CO" + System.nanoTime() % 10_000_000_000L + "FR";
        String germanTracking = "JD" + System.nanoTime() % 10_000_000_000L;
        String frenchCase = startCase("FR", "Tours", "37000");
        ship(CARRIER, frenchCase, frenchTracking);
        ship(OTHER_CARRIER, startCase("DE", "Berlin", "10115"), germanTracking);
        // A name Excel would read as a formula must reach the carrier's spreadsheet as text.
        jdbc.sql("update employee set phone = '+33 6 11 22 33 44' where id = (select employee_id from onboarding_case where id = ?)")
                .param(Long.parseLong(frenchCase.substring(5))).update();

        var csv = get(CARRIER, "/api/carriers/pick-list.csv?day=" + LocalDate.now());
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF\"reference\";\"carrier\";\"tracking_number\"")
                .contains(frenchTracking, "\"'+33 6 11 22 33 44\"", "headset (Jabra Evolve2 40)", "3 rue du Commerce")
                .doesNotContain(germanTracking, "Berlin");
        var page = get(CARRIER, "/api/carriers/pick-list");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Pick list " + LocalDate.now(), frenchTracking, "headset (Jabra Evolve2 40)", "L&eacute;a Fontaine")
                .doesNotContain(germanTracking);
        assertThat(get(OTHER_CARRIER, "/api/carriers/pick-list.csv").body()).contains(germanTracking).doesNotContain(frenchTracking, "Tours");
        var wrongDay = get(CARRIER, "/api/carriers/pick-list.csv?day=tomorrow");
        assertThat(wrongDay.status()).isEqualTo(400);
        assertThat(wrongDay.body()).contains("Day must be a date like 2026-11-23");
        assertThat(get(HR, "/api/carriers/pick-list.csv").status()).isEqualTo(403);
    }

    @Test
    void aManifestLineForAnotherCarriersParcelIsRefusedAndItsOwnLineApplies() {
        String frenchTracking = "CO" + System.nanoTime() % 10_000_000_000L + "FR";
        String germanTracking = "JD" + System.nanoTime() % 10_000_000_000L;
        ship(CARRIER, startCase("FR", "Tours", "37000"), frenchTracking);
        ship(OTHER_CARRIER, startCase("DE", "Berlin", "10115"), germanTracking);

        var reply = postFile(OTHER_CARRIER, "/api/carriers/manifests", "manifest.csv", "tracking_number,status,timestamp,location\n"
                + frenchTracking + ",Delivered,2026-01-10T10:00:00+01:00,Tours\n"
                + germanTracking + ",InTransit,2026-01-10T10:00:00+01:00,Leipzig hub\n");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("applied").asInt()).isEqualTo(1);
        assertThat(reply.json().get("rejected").findValues("line")).extracting(n -> n.asInt()).containsExactly(2);
        assertThat(reply.json().get("rejected").get(0).get("reason").asText())
                .isEqualTo("tracking number " + frenchTracking + " is not a parcel of DHL Express; a carrier reports only the parcels assigned to it");
        assertThat(stateOf(frenchTracking)).isEqualTo("SHIPPED");
        assertThat(stateOf(germanTracking)).isEqualTo("IN_TRANSIT");
        assertThat(jdbc.sql("select count(*) from tracking_event where tracking_number = ?").param(frenchTracking)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void itLinksACarrierUserToOneCarrierAndNobodyElseMay() {
        String userId = "newcourier" + System.nanoTime() % 100_000;
        var user = identityService.newUser(userId);
        user.setPassword(password(userId));
        identityService.saveUser(user);
        identityService.createMembership(userId, Roles.CARRIERS);
        assertThat(postFile(userId, "/api/carriers/manifests", "m.csv", "tracking_number,status,timestamp,location\n").json()
                .get("message").asText()).contains("ships for no carrier yet");

        assertThat(put(CARRIER, "/api/carriers/Colissimo/users/" + userId).status()).isEqualTo(403);
        var unknown = put(IT, "/api/carriers/Pigeon/users/" + userId);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).startsWith("No carrier Pigeon; carriers are Chronopost, Colissimo");
        assertThat(put(IT, "/api/carriers/Colissimo/users/nobody-" + userId).status()).isEqualTo(404);

        assertThat(put(IT, "/api/carriers/Colissimo/users/" + userId).status()).isEqualTo(200);
        assertThat(groupsOf(userId)).containsExactlyInAnyOrder("carriers", "carrierColissimo");
        var moved = put(IT, "/api/carriers/dhl-express/users/" + userId);
        assertThat(moved.json().get("carrier").asText()).isEqualTo("DHL Express");
        assertThat(groupsOf(userId)).containsExactlyInAnyOrder("carriers", "carrierDhlExpress");
    }

    private java.util.List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    }

    private Reply put(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    private String stateOf(String tracking) {
        return jdbc.sql("select state from shipment where tracking_number = ?").param(tracking).query(String.class).single();
    }

    private void ship(String carrier, String caseKey, String tracking) {
        var shipped = post(carrier, "/engine-rest/task/" + shipTaskOf(carrier, caseKey) + "/submit-form", formValues("trackingNumber", tracking));
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(204);
    }

    private String shipTaskOf(String carrier, String caseKey) {
        awaitTask(carrier, "ShipToHome", caseKey);
        var tasks = get(carrier, "/engine-rest/task?taskDefinitionKey=ShipToHome&processInstanceBusinessKey=" + caseKey).json();
        assertThat(tasks).as("%s's ship tasks of %s", carrier, caseKey).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    /** A relocated agent with broadband: a headset from stock, shipped at once. */
    private String startCase(String country, String city, String postalCode) {
        assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "JB40-CS-" + System.nanoTime(), "HB-CS-" + System.nanoTime() % 100000, AssetState.IN_STOCK);
        var started = post(HR, "/engine-rest/process-definition/key/onboarding/submit-form", formValues(
                "employeeId", "E-CS" + System.nanoTime() % 100000, "fullName", "Léa Fontaine", "workEmail", "lea@acme.example",
                "personalEmail", "lea@home.example", "phone", "+33 6 11 22 33 44", "street", "3 rue du Commerce",
                "postalCode", postalCode, "city", city, "country", country, "startDate", LocalDate.now().plusDays(3).toString(),
                "caseType", "relocation", "profile", "call-centre-agent", "hasBroadband", true, "managerId", MANAGER));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        return started.json().get("businessKey").asText();
    }
}
