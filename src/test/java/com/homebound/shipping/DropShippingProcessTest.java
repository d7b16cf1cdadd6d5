package com.homebound.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.equipment.BundleItemState;
import com.homebound.equipment.ItemType;
import com.homebound.importing.ImportReport;
import com.homebound.purchasing.DeliveryNotice;
import com.homebound.purchasing.DeliveryNoticeService;
import com.homebound.purchasing.PurchaseOrder;
import com.homebound.purchasing.PurchaseOrderRepository;
import com.homebound.support.ProcessTestCase;
import com.homebound.tracking.ShipmentTracker;
import com.homebound.tracking.TrackingStatus;
import com.homebound.tracking.TrackingUpdate;

/** Drop-shipping: a 4G box bought from the operator goes from the operator to the employee's home. */
class DropShippingProcessTest extends ProcessTestCase {

    @Autowired PurchaseOrderRepository orders;
    @Autowired DeliveryNoticeService notices;
    @Autowired ShipmentRepository shipments;
    @Autowired KitRepository kits;
    @Autowired ShipmentTracker tracker;
    @Autowired HistoryService historyService;

    @Test
    void aDropShippedBoxGoesFromThePurchaseOrderToTheEmployeesHandsWithoutItOrTheKit() {
        stockOf("Jabra Evolve2 40", ItemType.HEADSET, 1);
        stockOf("Lenovo ThinkPad E14 Gen 6", ItemType.LAPTOP, 1);
        stockOf("Orange Airbox 4G", ItemType.FOUR_G_BOX, 0);
        var form = onboardingForm();
        ProcessInstance onboarding = start(form);
        ProcessInstance box = provisioningOf(onboarding, ItemType.FOUR_G_BOX);
        long boxId = (Long) runtimeService.getVariable(box.getId(), "bundleItemId");

        // Ordered for the employee's home: IT has nothing to receive, the vendor's notice is awaited.
        assertThat(box).hasPassed("PlacePurchaseOrder").isWaitingAt("VendorParcelLate").hasNotPassed("ReceiveFromVendor");
        PurchaseOrder order = orders.latestFor(boxId).orElseThrow();
        assertThat(orders.linesOf(order.id())).singleElement().satisfies(line -> assertThat(line.shipToHome()).isTrue());
        String attachment = jdbc.sql("select attachment_content from outgoing_mail where attachment_name = ?")
                .param(order.number() + ".csv").query(String.class).single();
        assertThat(attachment).as("the order line the vendor reads").contains("12 rue des Lilas, 37000 Tours, FR", (String) form.get("fullName"));

        // The kit does not wait for the box: the laptop imaged, the headset and laptop ship together.
        complete(provisioningOf(onboarding, ItemType.LAPTOP), "ImageLaptop", allHardeningConfirmed());
        ProcessInstance kit = kitOf(provisioningOf(onboarding, ItemType.HEADSET));
        assertThat(kit).hasNotPassed("KitWaitOver").isWaitingAt("ShipToHome");
        assertThat(kits.itemsOf(kitIdOf(provisioningOf(onboarding, ItemType.HEADSET)))).extracting(i -> i.itemType())
                .containsExactlyInAnyOrder(ItemType.HEADSET, ItemType.LAPTOP);

        ImportReport missing = new ImportReport();
        notices.apply(2, new DeliveryNotice(order.number(), 1, unique("OB"), null, LocalDate.now()), missing);
        assertThat(missing.getRejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("carrier and tracking_number are required"));

        String tracking = unique("6A");
        ImportReport report = new ImportReport();
        notices.apply(2, new DeliveryNotice(order.number(), 1, unique("OB"), null, LocalDate.now(), "Colissimo", tracking), report);
        assertThat(report.getRejected()).isEmpty();
        assertThat(box).hasPassed("RecordDeliveryNotice", "TrackVendorParcel").hasNotPassed("TagAsset", "PackIntoKit")
                .isWaitingAt("WaitForKitDelivery");
        Shipment parcel = shipments.findByTrackingNumber(tracking).get(0);
        assertThat(parcel.fromVendor()).isTrue();
        assertThat(parcel.carrier()).isEqualTo("Colissimo");
        assertThat(stateOf(boxId)).isEqualTo(BundleItemState.SHIPPED);
        assertThat(outboxSubjectsTo((String) form.get("personalEmail"))).contains("Your 4G box (Orange Airbox 4G) is on its way");

        tracker.apply(new TrackingUpdate("AFTERSHIP", "aftership:" + tracking, tracking, "colissimo", null, TrackingStatus.DELIVERED,
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).withNano(0), "Tours", "delivered"));
        assertThat(box).isEnded();
        assertThat(stateOf(boxId)).isEqualTo(BundleItemState.DELIVERED);
        assertThat(kit).isWaitingAt("ShipToHome");

        // The home address went to the vendor by mail, never into the engine.
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(box.getId()).list())
                .noneMatch(v -> String.valueOf(v.getValue()).contains("rue des Lilas"));
    }
}
