package com.homebound.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.equipment.ItemType;
import com.homebound.support.ProcessTestCase;
import com.homebound.tracking.ShipmentTracker;
import com.homebound.tracking.TrackingStatus;
import com.homebound.tracking.TrackingUpdate;

/** One parcel per person: kit-shipment.bpmn and the items that join a kit. */
class KitShipmentProcessTest extends ProcessTestCase {

    @Autowired BundleItemRepository bundle;
    @Autowired ShipmentRepository shipments;
    @Autowired KitRepository kits;
    @Autowired ShipmentTracker tracker;
    @Autowired DeliveryReceiptController receipts;
    @Autowired ReceiptLinks links;

    @Test
    void aKitShipsAtOnceWhenNothingElseOfThePersonIsToCome() {
        stockOf("Jabra Evolve2 40", ItemType.HEADSET, 1);
        var form = onboardingForm("caseType", "relocation", "profile", "developer", "hasBroadband", true);
        ProcessInstance onboarding = start(form);
        ProcessInstance headset = provisioningOf(onboarding, ItemType.HEADSET);

        // The kept laptop never ships: it holds nothing back.
        ProcessInstance kit = kitOf(headset);
        assertThat(kit).hasPassed("AssignCarrier", "CountItemsToCome", "SealKit").hasNotPassed("KitWaitOver").isWaitingAt("ShipToHome");
        assertThat(headset).isWaitingAt("WaitForKitDelivery");
        assertThat(task("ShipToHome", kit)).hasCandidateGroup("carrierColissimo")
                .hasName("Ship headset (Jabra Evolve2 40) to " + form.get("fullName"));
    }

    @Test
    void itemsReadyWithinTheWaitShipTogetherInOneKitWithOneCarrierTaskAndOneDelivery() {
        stockOf("Jabra Evolve2 40", ItemType.HEADSET, 1);
        stockOf("Orange Airbox 4G", ItemType.FOUR_G_BOX, 1);
        stockOf("Lenovo ThinkPad E14 Gen 6", ItemType.LAPTOP, 1);
        var form = onboardingForm();
        ProcessInstance onboarding = start(form);
        String caseKey = "case-" + caseIdOf(onboarding);
        ProcessInstance headset = provisioningOf(onboarding, ItemType.HEADSET);
        ProcessInstance box = provisioningOf(onboarding, ItemType.FOUR_G_BOX);
        ProcessInstance laptop = provisioningOf(onboarding, ItemType.LAPTOP);

        ProcessInstance kit = kitOf(headset);
        assertThat(kitOf(box).getId()).isEqualTo(kit.getId());
        assertThat(kit).isWaitingAt("WaitForItems");
        Job wait = managementService.createJobQuery().processInstanceId(kit.getId()).activityId("KitWaitOver").singleResult();
        assertThat(wait.getDuedate()).isCloseTo(Date.from(new Date().toInstant().plus(2, ChronoUnit.DAYS)), 60_000);

        // IT images the laptop the next day, within the two days the kit waits.
        ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(1, ChronoUnit.DAYS)));
        complete(laptop, "ImageLaptop", allHardeningConfirmed());

        assertThat(kitOf(laptop).getId()).isEqualTo(kit.getId());
        assertThat(kit).hasPassed("ItemReady", "SealKit").hasNotPassed("KitWaitOver").isWaitingAt("ShipToHome");
        List<Task> toShip = taskService.createTaskQuery().processInstanceBusinessKey(caseKey).taskDefinitionKey("ShipToHome").list();
        assertThat(toShip).as("one carrier task for the person's three items").hasSize(1);
        String name = toShip.get(0).getName();
        assertThat(name).startsWith("Ship kit of ").endsWith(" to " + form.get("fullName"))
                .contains("laptop (Lenovo ThinkPad E14 Gen 6)", "headset (Jabra Evolve2 40)", "4G box (Orange Airbox 4G)");
        assertThat(taskService.getVariableLocal(toShip.get(0).getId(), "kitItems").toString())
                .contains("laptop", "headset", "4G box");

        String tracking = unique("KIT");
        complete(kit, "ShipToHome", "trackingNumber", tracking);
        Shipment parcel = shipments.findByTrackingNumber(tracking).get(0);
        assertThat(kits.itemsOf(parcel.id())).extracting(BundleItem::itemType)
                .containsExactlyInAnyOrder(ItemType.LAPTOP, ItemType.HEADSET, ItemType.FOUR_G_BOX);
        assertThat(bundle.itemsOf(caseIdOf(onboarding))).extracting(BundleItem::state).containsOnly(BundleItemState.SHIPPED);
        assertThat(outboxSubjectsTo((String) form.get("personalEmail"))).filteredOn(s -> s.endsWith("is on its way"))
                .singleElement().asString().startsWith("Your kit of ");

        // The employee's receipt page, from the one link in the one mail, lists what is in the parcel.
        String link = links.linkFor(parcel.id());
        assertThat(jdbc.sql("select body from outgoing_mail where recipient = ? and subject like 'Your kit of %'")
                .param(form.get("personalEmail")).query(String.class).single()).contains(link.substring(link.indexOf("/receipt/")));
        assertThat(receipts.show(parcel.id(), link.substring(link.indexOf("sig=") + 4)).getBody())
                .contains("Has your kit of ", "<li>laptop (Lenovo ThinkPad E14 Gen 6)</li>", "<li>headset (Jabra Evolve2 40)</li>",
                        "<li>4G box (Orange Airbox 4G)</li>", "Yes, I received it");

        complete(kit, "ConfirmDelivery", "deliveredOn", LocalDate.now().toString(), "receivedBy", "Amina");
        assertThat(kit).hasPassed("ReportItemsDelivered").isEnded();
        assertThat(headset).isEnded();
        assertThat(box).isEnded();
        assertThat(bundle.itemsOf(caseIdOf(onboarding))).extracting(BundleItem::state).containsOnly(BundleItemState.DELIVERED);
        runJob(laptop, "ReportLaptopReady");
        assertThat(onboarding).as("the laptop in her hands, training comes next").hasPassed("WaitForLaptop").isNotWaitingAt("WaitForLaptop");
    }

    @Test
    void anItemLateBeyondTheWaitDoesNotHoldTheOthersBackAndShipsAloneWhenItComes() {
        stockOf("Jabra Evolve2 40", ItemType.HEADSET, 1);
        stockOf("Orange Airbox 4G", ItemType.FOUR_G_BOX, 1);
        stockOf("Lenovo ThinkPad E14 Gen 6", ItemType.LAPTOP, 0);
        var form = onboardingForm();
        ProcessInstance onboarding = start(form);
        ProcessInstance headset = provisioningOf(onboarding, ItemType.HEADSET);
        ProcessInstance laptop = provisioningOf(onboarding, ItemType.LAPTOP);
        assertThat(laptop).isWaitingAt("ReceiveFromVendor");
        ProcessInstance first = kitOf(headset);

        ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(2, ChronoUnit.DAYS).plusSeconds(60)));
        runJob(first, "KitWaitOver");

        assertThat(first).isWaitingAt("ShipToHome");
        assertThat(task("ShipToHome", first).getName()).isEqualTo("Ship kit of headset (Jabra Evolve2 40) and 4G box (Orange Airbox 4G) to "
                + form.get("fullName"));
        complete(first, "ShipToHome", "trackingNumber", unique("KIT"));
        complete(first, "ConfirmDelivery", "deliveredOn", LocalDate.now().toString());
        assertThat(headset).isEnded();
        assertThat(onboarding).isWaitingAt("WaitForLaptop");

        complete(laptop, "ReceiveFromVendor", "serialNumber", unique("SN"), "assetTag", unique("HB"));
        complete(laptop, "ImageLaptop", allHardeningConfirmed());
        ProcessInstance alone = kitOf(laptop);
        assertThat(alone.getId()).isNotEqualTo(first.getId());
        assertThat(alone).hasNotPassed("KitWaitOver").isWaitingAt("ShipToHome");
        assertThat(task("ShipToHome", alone).getName()).isEqualTo("Ship laptop (Lenovo ThinkPad E14 Gen 6) to " + form.get("fullName"));
        complete(alone, "ShipToHome", "trackingNumber", unique("KIT"));
        complete(alone, "ConfirmDelivery", "deliveredOn", LocalDate.now().toString());
        runJob(laptop, "ReportLaptopReady");
        assertThat(onboarding).as("the laptop in her hands, training comes next").hasPassed("WaitForLaptop").isNotWaitingAt("WaitForLaptop");
        assertThat(jdbc.sql("select count(*) from shipment where case_id = ?").param(caseIdOf(onboarding)).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void twoFailedAttemptsOnAKitOpenOneAddressCheckNamingAllItsItemsThenItsDeliveryEndsIt() {
        ProcessInstance onboarding = personWithAllItemsInStock();
        ProcessInstance headset = provisioningOf(onboarding, ItemType.HEADSET);
        ProcessInstance kit = kitOf(headset);
        String tracking = unique("KIT");
        complete(kit, "ShipToHome", "trackingNumber", tracking);
        Shipment parcel = shipments.findByTrackingNumber(tracking).get(0);
        OffsetDateTime monday = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).withNano(0);

        tracker.apply(update(tracking, TrackingStatus.ATTEMPT_FAILED, monday));
        tracker.apply(update(tracking, TrackingStatus.ATTEMPT_FAILED, monday.plusDays(1)));

        List<ProcessInstance> incidents = runtimeService.createProcessInstanceQuery().processDefinitionKey("parcel-incident")
                .processInstanceBusinessKey("shipment-" + parcel.id()).list();
        assertThat(incidents).as("one incident for the one parcel").hasSize(1);
        ProcessInstance incident = incidents.get(0);
        assertThat(incident).isWaitingAt("ConfirmAddress");
        assertThat(taskService.getVariableLocal(task("ConfirmAddress", incident).getId(), "itemLabel").toString())
                .contains("laptop", "headset", "4G box");

        tracker.apply(update(tracking, TrackingStatus.DELIVERED, monday.plusDays(2)));
        assertThat(incident).hasPassed("AddressCheckNotNeeded").isEnded();
        assertThat(kit).isEnded();
        assertThat(headset).isEnded();
        assertThat(bundle.itemsOf(caseIdOf(onboarding))).extracting(BundleItem::state).containsOnly(BundleItemState.DELIVERED);
    }

    @Test
    void aDeliveredKitComesBackInOneReturnWithAllItsItems() {
        var form = onboardingForm();
        ProcessInstance onboarding = personWithAllItemsInStock(form);
        ProcessInstance kit = kitOf(provisioningOf(onboarding, ItemType.HEADSET));
        complete(kit, "ShipToHome", "trackingNumber", unique("KIT"));
        complete(kit, "ConfirmDelivery", "deliveredOn", LocalDate.now().toString());

        ProcessInstance ret = runtimeService.startProcessInstanceByKey("equipment-return",
                Map.of("employeeId", form.get("employeeId"), "reason", "leaving"));
        complete(ret, "ShipReturnKit", "trackingNumber", unique("RKIT"));
        complete(ret, "CollectReturn", "trackingNumber", unique("RET"));

        List<Task> inspections = taskService.createTaskQuery().processInstanceId(ret.getId()).taskDefinitionKey("InspectReturnedItem").list();
        assertThat(inspections).extracting(Task::getName).hasSize(3)
                .anyMatch(n -> n.contains("laptop (Lenovo ThinkPad E14 Gen 6)"))
                .anyMatch(n -> n.contains("headset (Jabra Evolve2 40)"))
                .anyMatch(n -> n.contains("4G box (Orange Airbox 4G)"));
    }

    private ProcessInstance personWithAllItemsInStock() {
        return personWithAllItemsInStock(onboardingForm());
    }

    /** Everything in stock and the laptop imaged: the person's kit of three waits for its carrier. */
    private ProcessInstance personWithAllItemsInStock(Map<String, Object> form) {
        stockOf("Jabra Evolve2 40", ItemType.HEADSET, 1);
        stockOf("Orange Airbox 4G", ItemType.FOUR_G_BOX, 1);
        stockOf("Lenovo ThinkPad E14 Gen 6", ItemType.LAPTOP, 1);
        ProcessInstance onboarding = start(form);
        complete(provisioningOf(onboarding, ItemType.LAPTOP), "ImageLaptop", allHardeningConfirmed());
        return onboarding;
    }

    private static TrackingUpdate update(String tracking, TrackingStatus status, OffsetDateTime at) {
        return new TrackingUpdate("AFTERSHIP", "aftership:" + tracking + status + at, tracking, "colissimo", null, status, at,
                "Tours", "carrier says " + status.tag());
    }
}
