package com.homebound.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.purchasing.PurchaseOrder;
import com.homebound.purchasing.PurchaseOrderStatus;
import com.homebound.purchasing.PurchaseOrderRepository;
import com.homebound.support.ProcessTestCase;

class EquipmentProvisioningProcessTest extends ProcessTestCase {

    @Autowired BundleItemRepository bundle;
    @Autowired PurchaseOrderRepository orders;
    @Autowired ImagingChecklistRepository checklists;

    @Test
    void itemInStockIsReservedAndShippedWithoutPurchase() {
        stockOf("Jabra Evolve2 40", ItemType.HEADSET, 1);
        var form = onboardingForm();
        ProcessInstance headset = provisioningOf(start(form), ItemType.HEADSET);
        long itemId = itemIdOf(headset);

        assertThat(headset).hasPassed("ReserveFromStock", "PackIntoKit").hasNotPassed("PlacePurchaseOrder").isWaitingAt("WaitForKitDelivery");
        // Shipping alone: the person's laptop and box are late beyond the kit's wait.
        ProcessInstance kit = kitShippingNow(headset);
        assertThat(task("ShipToHome", kit)).hasCandidateGroup("carrierColissimo")
                .hasName("Ship headset (Jabra Evolve2 40) to " + form.get("fullName"));
        assertThat(processEngine.getRepositoryService().getBpmnModelInstance(kit.getProcessDefinitionId())
                .getModelElementById("ShipToHome").getAttributeValue("name"))
                .as("the diagram names the step, Tasklist names the person").isEqualTo("Ship kit to employee's home");
        assertThat(taskService.getVariableLocal(task("ShipToHome", kit).getId(), "deliveryAddress").toString())
                .contains("12 rue des Lilas, 37000 Tours, FR");
        assertThat(assets.countInStock("Jabra Evolve2 40")).isZero();

        complete(kit, "ShipToHome", "trackingNumber", "6A12345678901");
        assertThat(stateOf(itemId)).isEqualTo(BundleItemState.SHIPPED);
        assertThat(outboxSubjectsTo((String) form.get("personalEmail"))).contains("Your headset (Jabra Evolve2 40) is on its way");
        String body = jdbc.sql("select body from outgoing_mail where recipient = ? and subject like 'Your headset%'")
                .param(form.get("personalEmail")).query(String.class).single();
        assertThat(body).contains("6A12345678901", "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901", "/receipt/");

        complete(kit, "ConfirmDelivery", "deliveredOn", LocalDate.now().toString());
        assertThat(kit).isEnded();
        assertThat(headset).isEnded();
        assertThat(stateOf(itemId)).isEqualTo(BundleItemState.DELIVERED);
    }

    @Test
    void theParcelGoesToTheCarrierTheDecisionPicksForTheEmployeesCountryAndOnlyToItsGroup() {
        for (String[] country : new String[][] {{"FR", "Colissimo", "carrierColissimo"}, {"MA", "Amana", "carrierAmana"},
                {"DE", "DHL Express", "carrierDhlExpress"}}) {
            stockOf("Jabra Evolve2 40", ItemType.HEADSET, 1);
            ProcessInstance headset = kitShippingNow(provisioningOf(startOnboarding("country", country[0]), ItemType.HEADSET));

            assertThat(headset).hasPassed("AssignCarrier").isWaitingAt("ShipToHome");
            org.camunda.bpm.engine.task.Task ship = task("ShipToHome", headset);
            assertThat(ship).as(country[0]).hasCandidateGroup(country[2]);
            assertThat(taskService.getIdentityLinksForTask(ship.getId())).as(country[0])
                    .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId).containsExactly(country[2]);
            assertThat(taskService.getVariableLocal(ship.getId(), "assignedCarrier")).isEqualTo(country[1]);

            String tracking = unique("CC");
            complete(headset, "ShipToHome", "trackingNumber", tracking);
            assertThat(jdbc.sql("select carrier from shipment where tracking_number = ?").param(tracking).query(String.class).single())
                    .isEqualTo(country[1]);
            assertThat(task("ConfirmDelivery", headset)).as(country[0]).hasCandidateGroup(country[2]);
        }
    }

    @Test
    void outOfStockLaptopBelowThresholdIsOrderedWithoutApproval() {
        stockOf("Lenovo ThinkPad E14 Gen 6", ItemType.LAPTOP, 0);
        ProcessInstance laptop = provisioningOf(startOnboarding(), ItemType.LAPTOP);
        long itemId = itemIdOf(laptop);

        assertThat(laptop).hasPassed("DecidePurchaseApproval", "PlacePurchaseOrder").hasNotPassed("ApprovePurchase")
                .isWaitingAt("ReceiveFromVendor");
        PurchaseOrder order = orders.latestFor(itemId).orElseThrow();
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.PLACED);
        assertThat(order.vendor()).isEqualTo("Bechtle");
        assertThat(order.expectedDelivery()).isEqualTo(LocalDate.now().plusDays(5));
        assertThat(stateOf(itemId)).isEqualTo(BundleItemState.ORDERED);
    }

    @Test
    void expensiveLaptopIsOrderedOnlyAfterItApproves() {
        stockOf("Dell Latitude 7450", ItemType.LAPTOP, 0);
        ProcessInstance laptop = provisioningOf(startOnboarding("profile", "developer"), ItemType.LAPTOP);

        assertThat(laptop).isWaitingAt("ApprovePurchase").hasNotPassed("PlacePurchaseOrder");
        assertThat(task("ApprovePurchase", laptop)).hasCandidateGroup("it");
        assertThat(runtimeService.getVariable(laptop.getId(), "unitPrice")).isEqualTo(1390.0);
        complete(laptop, "ApprovePurchase", "purchaseDecision", "approve");

        assertThat(laptop).hasPassed("PlacePurchaseOrder").isWaitingAt("ReceiveFromVendor");
        assertThat(orders.latestFor(itemIdOf(laptop)).orElseThrow().status()).isEqualTo(PurchaseOrderStatus.PLACED);
    }

    @Test
    void rejectedPurchaseGoesBackToHrWhoOrdersACheaperModel() {
        stockOf("Dell Latitude 7450", ItemType.LAPTOP, 0);
        stockOf("Lenovo ThinkPad T14 Gen 5", ItemType.LAPTOP, 0);
        ProcessInstance laptop = provisioningOf(startOnboarding("profile", "developer"), ItemType.LAPTOP);
        long itemId = itemIdOf(laptop);

        assertThatThrownBy(() -> complete(laptop, "ApprovePurchase", "purchaseDecision", "reject"))
                .hasMessageContaining("Reason is required when you reject the purchase");
        complete(laptop, "ApprovePurchase", "purchaseDecision", "reject", "approvalComment", "Too expensive for this team");

        assertThat(laptop).isWaitingAt("ReviewRejectedPurchase");
        assertThat(task("ReviewRejectedPurchase", laptop)).hasCandidateGroup("hr");
        assertThat(taskService.getVariableLocal(task("ReviewRejectedPurchase", laptop).getId(), "rejectionReason"))
                .isEqualTo("Too expensive for this team");
        assertThatThrownBy(() -> complete(laptop, "ReviewRejectedPurchase", "hrDecision", "cancel"))
                .hasMessageContaining("Decision may not cancel a laptop");
        assertThatThrownBy(() -> complete(laptop, "ReviewRejectedPurchase", "hrDecision", "resubmit", "alternativeModel", "Jabra Evolve2 40"))
                .hasMessageContaining("Alternative model must be a laptop in the catalogue");

        complete(laptop, "ReviewRejectedPurchase", "hrDecision", "resubmit", "alternativeModel", "Lenovo ThinkPad T14 Gen 5");
        assertThat(laptop).hasPassed("PlacePurchaseOrder").isWaitingAt("ReceiveFromVendor");
        assertThat(bundle.get(itemId).model()).isEqualTo("Lenovo ThinkPad T14 Gen 5");
        assertThat(task("ReceiveFromVendor", laptop).getName()).startsWith("Receive laptop (Lenovo ThinkPad T14 Gen 5) for ");
        assertThat(orders.latestFor(itemId).orElseThrow().model()).isEqualTo("Lenovo ThinkPad T14 Gen 5");
    }

    @Test
    void rejectedAccessoryCanBeCancelled() {
        ProcessInstance onboarding = startOnboarding("profile", "developer");
        long monitorId = bundle.itemsOf(caseIdOf(onboarding)).stream()
                .filter(i -> i.itemType() == ItemType.MONITOR).findFirst().orElseThrow().id();
        // Start in the middle: no accessory in the catalogue is dear enough to need approval.
        ProcessInstance monitor = runtimeService.createProcessInstanceByKey("equipment-provisioning")
                .startBeforeActivity("ReviewRejectedPurchase")
                .setVariables(Map.of("caseId", caseIdOf(onboarding), "bundleItemId", monitorId, "employeeName", "Amina",
                        "itemType", "MONITOR", "itemLabel", "monitor (Dell P2425H)", "source", "PURCHASE"))
                .execute();

        complete(monitor, "ReviewRejectedPurchase", "hrDecision", "cancel");

        assertThat(monitor).hasPassed("ItemCancelled").isEnded();
        assertThat(stateOf(monitorId)).isEqualTo(BundleItemState.CANCELLED);
    }

    @Test
    void imagingCannotBeCompletedUntilEveryControlIsConfirmed() {
        stockOf("Lenovo ThinkPad E14 Gen 6", ItemType.LAPTOP, 1);
        ProcessInstance laptop = provisioningOf(startOnboarding(), ItemType.LAPTOP);
        assertThat(laptop).isWaitingAt("ImageLaptop");
        assertThat(task("ImageLaptop", laptop)).hasCandidateGroup("it");

        assertThatThrownBy(() -> complete(laptop, "ImageLaptop", "imageVersion", "W11-2026.11", "diskEncrypted", true,
                "antivirusActive", true, "firewallOn", true, "vpnProfileInstalled", true, "usbStorageBlocked", false))
                .hasMessageContaining("USB storage blocking must be confirmed")
                .hasMessageContaining("Automatic security updates must be confirmed");
        assertThat(laptop).isWaitingAt("ImageLaptop");
        assertThat(checklists.findFor(itemIdOf(laptop))).isEmpty();

        complete(laptop, "ImageLaptop", allHardeningConfirmed());
        assertThat(laptop).hasPassed("PackIntoKit").isWaitingAt("WaitForKitDelivery");
        assertThat(checklists.findFor(itemIdOf(laptop))).hasValueSatisfying(c -> {
            assertThat(c.imageVersion()).isEqualTo("W11-2026.11");
            assertThat(c.usbStorageBlocked()).isTrue();
        });
    }

    @Test
    void receivingAnItemWhoseSerialIsAlreadyKnownIsRefused() {
        stockOf("Lenovo ThinkPad E14 Gen 6", ItemType.LAPTOP, 0);
        ProcessInstance first = provisioningOf(startOnboarding(), ItemType.LAPTOP);
        ProcessInstance second = provisioningOf(startOnboarding(), ItemType.LAPTOP);
        String serial = unique("PF4");
        complete(first, "ReceiveFromVendor", "serialNumber", serial, "assetTag", unique("HB"));

        assertThatThrownBy(() -> complete(second, "ReceiveFromVendor", "serialNumber", serial, "assetTag", "bad tag"))
                .hasMessageContaining("Serial number is already recorded")
                .hasMessageContaining("Asset tag must be 4 to 20 capitals");
        assertThat(second).isWaitingAt("ReceiveFromVendor");
    }

    private long itemIdOf(ProcessInstance provisioning) {
        return (Long) runtimeService.getVariable(provisioning.getId(), "bundleItemId");
    }
}
