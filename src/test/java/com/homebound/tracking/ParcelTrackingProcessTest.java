package com.homebound.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.equipment.BundleItemState;
import com.homebound.equipment.ItemType;
import com.homebound.shipping.ParcelReference;
import com.homebound.shipping.Shipment;
import com.homebound.shipping.ShipmentRepository;
import com.homebound.support.ProcessTestCase;

class ParcelTrackingProcessTest extends ProcessTestCase {

    @Autowired ShipmentTracker tracker;
    @Autowired ShipmentRepository shipments;
    @Autowired TrackingEventRepository events;

    private final OffsetDateTime monday = OffsetDateTime.of(2026, 11, 16, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aCarrierReportUnderOurReferenceShipsTheItemWithoutTheCarrierTask() {
        ProcessInstance kit = headsetWaitingToShip();
        long itemId = headsetIn(kit);
        String tracking = unique("JD");

        assertThat(tracker.apply(update(tracking, "colissimo", ParcelReference.ofBundleItem(itemId), TrackingStatus.LABEL_CREATED, monday)))
                .isEqualTo(ShipmentTracker.Outcome.APPLIED);

        assertThat(kit).isWaitingAt("ConfirmDelivery");
        Shipment parcel = shipments.findByTrackingNumber(tracking).get(0);
        assertThat(parcel.carrier()).isEqualTo("Colissimo");
        assertThat(parcel.state()).isEqualTo("LABEL_CREATED");
        assertThat(stateOf(itemId)).isEqualTo(BundleItemState.SHIPPED);

        tracker.apply(update(tracking, "colissimo", null, TrackingStatus.DELIVERED, monday.plusDays(1)));
        assertThat(kit).isEnded();
        assertThat(stateOf(itemId)).isEqualTo(BundleItemState.DELIVERED);
        assertThat(shipments.find(parcel.id()).orElseThrow().confirmedBy()).isEqualTo("aftership");
    }

    @Test
    void aReportUnderOurReferenceFromAnotherCarrierThanTheAssignedOneShipsNothing() {
        ProcessInstance kit = headsetWaitingToShip();
        long itemId = headsetIn(kit);
        String tracking = unique("JD");

        assertThat(tracker.apply(update(tracking, "dhl", ParcelReference.ofBundleItem(itemId), TrackingStatus.LABEL_CREATED, monday)))
                .isEqualTo(ShipmentTracker.Outcome.UNMATCHED);

        assertThat(kit).isWaitingAt("ShipToHome");
        assertThat(shipments.findByTrackingNumber(tracking)).isEmpty();
    }

    @Test
    void anEarlyReportAnotherCarrierFiledDoesNotJoinTheAssignedCarriersParcel() {
        String tracking = unique("EARLY");
        tracker.apply(update(tracking, "dhl", null, TrackingStatus.DELIVERED, OffsetDateTime.now(ZoneOffset.UTC)));
        ProcessInstance kit = headsetWaitingToShip();

        complete(kit, "ShipToHome", "trackingNumber", tracking);

        assertThat(kit).isWaitingAt("ConfirmDelivery");
        assertThat(events.unmatched()).anyMatch(e -> e.trackingNumber().equals(tracking));
    }

    @Test
    void eventsArrivingOutOfOrderNeverMoveTheStateBackwards() {
        Shipment parcel = shipped(headsetWaitingToShip());

        tracker.apply(update(parcel.trackingNumber(), "colissimo", null, TrackingStatus.OUT_FOR_DELIVERY, monday.plusHours(30)));
        tracker.apply(update(parcel.trackingNumber(), "colissimo", null, TrackingStatus.IN_TRANSIT, monday.plusHours(5)));
        tracker.apply(update(parcel.trackingNumber(), "colissimo", null, TrackingStatus.LABEL_CREATED, monday));

        assertThat(shipments.find(parcel.id()).orElseThrow().state()).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(events.timelineOf(parcel.id())).extracting(TrackingEventRepository.TrackingEvent::status)
                .containsExactly("LABEL_CREATED", "IN_TRANSIT", "OUT_FOR_DELIVERY");
    }

    @Test
    void twoFailedAttemptsAskHrToConfirmTheAddressAndTheParcelIsRedirected() {
        Shipment parcel = shipped(headsetWaitingToShip());
        tracker.apply(update(parcel.trackingNumber(), "colissimo", null, TrackingStatus.ATTEMPT_FAILED, monday));
        assertThat(incidentOf(parcel)).isNull();

        tracker.apply(update(parcel.trackingNumber(), "colissimo", null, TrackingStatus.ATTEMPT_FAILED, monday.plusDays(1)));
        ProcessInstance incident = incidentOf(parcel);
        assertThat(incident).isWaitingAt("ConfirmAddress");
        assertThat(task("ConfirmAddress", incident)).hasCandidateGroup("hr");
        assertThat(task("ConfirmAddress", incident).getName()).startsWith("Confirm address with Amina Berrada");

        complete(incident, "ConfirmAddress", "street", "3 place Plumereau", "postalCode", "37000", "city", "Tours",
                "deliveryNote", "Code 4512, 2nd floor");
        assertThat(incident).hasPassed("RedirectParcel").isEnded();
        Shipment redirected = shipments.find(parcel.id()).orElseThrow();
        assertThat(redirected.street()).isEqualTo("3 place Plumereau");
        assertThat(events.timelineOf(parcel.id())).last().satisfies(e -> {
            assertThat(e.status()).isEqualTo("REDIRECTED");
            assertThat(e.message()).contains("3 place Plumereau", "Code 4512");
        });
    }

    @Test
    void aCarrierExceptionOpensAnInvestigationForItThatEndsIfTheParcelArrives() {
        ProcessInstance kit = headsetWaitingToShip();
        Shipment parcel = shipped(kit);
        tracker.apply(update(parcel.trackingNumber(), "colissimo", null, TrackingStatus.EXCEPTION, monday));

        ProcessInstance incident = incidentOf(parcel);
        assertThat(incident).isWaitingAt("InvestigateParcel");
        assertThat(task("InvestigateParcel", incident)).hasCandidateGroup("it");

        tracker.apply(update(parcel.trackingNumber(), "colissimo", null, TrackingStatus.DELIVERED, monday.plusDays(2)));
        assertThat(incident).hasPassed("DeliveredMeanwhile").isEnded();
        assertThat(kit).isEnded();
    }

    @Test
    void anUnknownTrackingNumberIsKeptForItAndJoinsItsShipmentOnceKnown() {
        String tracking = unique("ZZ");
        assertThat(tracker.apply(update(tracking, "colissimo", null, TrackingStatus.IN_TRANSIT, monday)))
                .isEqualTo(ShipmentTracker.Outcome.UNMATCHED);
        assertThat(events.unmatched()).anyMatch(e -> e.trackingNumber().equals(tracking));

        ProcessInstance kit = headsetWaitingToShip();
        complete(kit, "ShipToHome", "trackingNumber", tracking);
        Shipment parcel = shipments.findByTrackingNumber(tracking).get(0);
        assertThat(events.timelineOf(parcel.id())).extracting(TrackingEventRepository.TrackingEvent::status).containsExactly("IN_TRANSIT");
        assertThat(events.unmatched()).noneMatch(e -> e.trackingNumber().equals(tracking));
    }

    @Test
    void aDeliveryConfirmedInTasklistClosesTheOpenIncident() {
        ProcessInstance kit = headsetWaitingToShip();
        Shipment parcel = shipped(kit);
        tracker.apply(update(parcel.trackingNumber(), "colissimo", null, TrackingStatus.EXCEPTION, monday));
        ProcessInstance incident = incidentOf(parcel);
        assertThat(incident).isWaitingAt("InvestigateParcel");

        complete(kit, "ConfirmDelivery", "deliveredOn", java.time.LocalDate.now().toString());

        assertThat(kit).hasPassed("ReportParcelDelivered");
        assertThat(incident).hasPassed("DeliveredMeanwhile").isEnded();
    }

    @Test
    void aProblemReportedAfterDeliveryOpensNothing() {
        Shipment parcel = shipped(headsetWaitingToShip());
        tracker.apply(update(parcel.trackingNumber(), "colissimo", null, TrackingStatus.DELIVERED, monday.plusDays(1)));
        tracker.apply(update(parcel.trackingNumber(), "colissimo", null, TrackingStatus.EXCEPTION, monday.plusDays(2)));

        assertThat(incidentOf(parcel)).isNull();
        assertThat(events.timelineOf(parcel.id())).extracting(TrackingEventRepository.TrackingEvent::status)
                .containsExactly("DELIVERED", "EXCEPTION");
    }

    @Test
    void aProblemReportedLateButDatedBeforeAnotherReportOpensNothing() {
        Shipment parcel = shipped(headsetWaitingToShip());
        tracker.apply(update(parcel.trackingNumber(), "colissimo", null, TrackingStatus.OUT_FOR_DELIVERY, monday.plusDays(1)));
        tracker.apply(update(parcel.trackingNumber(), "colissimo", null, TrackingStatus.EXCEPTION, monday));

        assertThat(incidentOf(parcel)).isNull();
    }

    @Test
    void aDeliveryReportedBeforeTheTrackingNumberWasTypedCompletesTheDeliveryOnceItIs() {
        String tracking = unique("EARLY");
        tracker.apply(update(tracking, "colissimo", null, TrackingStatus.DELIVERED, OffsetDateTime.now(ZoneOffset.UTC)));
        ProcessInstance kit = headsetWaitingToShip();

        complete(kit, "ShipToHome", "trackingNumber", tracking);

        assertThat(kit).isEnded();
        assertThat(shipments.findByTrackingNumber(tracking).get(0).confirmedBy()).isEqualTo("aftership");
    }

    /** The kit of a kit, shipping without the person's other items (its wait cut short). */
    private ProcessInstance headsetWaitingToShip() {
        stockOf("Jabra Evolve2 40", ItemType.HEADSET, 1);
        ProcessInstance kit = kitShippingNow(provisioningOf(startOnboarding("fullName", "Amina Berrada"), ItemType.HEADSET));
        assertThat(kit).isWaitingAt("ShipToHome");
        return kit;
    }

    private long headsetIn(ProcessInstance kit) {
        return jdbc.sql("select bundle_item_id from kit_item where shipment_id = ?")
                .param(runtimeService.getVariable(kit.getId(), "shipmentId")).query(Long.class).single();
    }

    private Shipment shipped(ProcessInstance provisioning) {
        String tracking = unique("JD");
        complete(provisioning, "ShipToHome", "trackingNumber", tracking);
        return shipments.findByTrackingNumber(tracking).get(0);
    }

    private ProcessInstance incidentOf(Shipment parcel) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("parcel-incident")
                .processInstanceBusinessKey("shipment-" + parcel.id()).singleResult();
    }

    private static TrackingUpdate update(String tracking, String slug, String reference, TrackingStatus status, OffsetDateTime at) {
        return new TrackingUpdate("AFTERSHIP", "aftership:" + tracking + status + at, tracking, slug, reference, status, at,
                "Tours", "carrier says " + status.tag());
    }
}
