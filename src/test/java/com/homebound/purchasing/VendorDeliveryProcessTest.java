package com.homebound.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.equipment.ItemType;
import com.homebound.importing.ImportReport;
import com.homebound.support.ProcessTestCase;

class VendorDeliveryProcessTest extends ProcessTestCase {

    @Autowired DeliveryNoticeService notices;
    @Autowired PurchaseOrderRepository orders;
    @Autowired BundleItemRepository bundle;

    @Test
    void aDeliveryNoticeWithSerialAndTagMovesThePurchaseOnWithoutItTypingIt() {
        ProcessInstance laptop = purchasedLaptop();
        PurchaseOrder order = orderOf(laptop);

        ImportReport report = notify(order, unique("PF"), unique("HB"));

        assertThat(report.getApplied()).isEqualTo(1);
        assertThat(laptop).hasPassed("DeliveryNoticeArrived", "RecordDeliveryNotice").hasNotPassed("TagAsset")
                .isWaitingAt("ImageLaptop");
        var receiveTask = processEngine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(laptop.getId()).taskDefinitionKey("ReceiveFromVendor").singleResult();
        assertThat(receiveTask.getDeleteReason()).as("IT's receive task was not completed by hand").isNotEqualTo("completed");
        assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(bundle.get(itemIdOf(laptop)).assetId()).isNotNull();
    }

    @Test
    void anUntaggedDeliveryAsksItToTagTheAsset() {
        ProcessInstance laptop = purchasedLaptop();
        notify(orderOf(laptop), unique("PF"), null);

        assertThat(laptop).isWaitingAt("TagAsset");
        assertThat(task("TagAsset", laptop)).hasCandidateGroup("it");
        complete(laptop, "TagAsset", "assetTag", unique("HB"));
        assertThat(laptop).isWaitingAt("ImageLaptop");
        assertThat(stateOf(itemIdOf(laptop))).isEqualTo(BundleItemState.RECEIVED);
    }

    @Test
    void aNoticeSentTwiceIsAppliedOnceAndAWrongLineIsRefused() {
        ProcessInstance laptop = purchasedLaptop();
        PurchaseOrder order = orderOf(laptop);
        String serial = unique("PF");
        notify(order, serial, unique("HB"));

        ImportReport again = notify(order, serial, null);
        assertThat(again.getApplied()).isZero();
        assertThat(again.getAlreadyApplied()).isEqualTo(1);

        ImportReport wrong = new ImportReport();
        notices.apply(7, new DeliveryNotice(order.number(), 2, unique("PF"), null, LocalDate.now()), wrong);
        notices.apply(8, new DeliveryNotice("PO-999999", 1, unique("PF"), null, LocalDate.now()), wrong);
        notices.apply(9, new DeliveryNotice(order.number(), 1, "x", null, LocalDate.now()), wrong);
        assertThat(wrong.getRejected()).extracting(ImportReport.Rejection::line).containsExactly(7, 8, 9);
        assertThat(wrong.getRejected().get(0).reason()).contains("has no line 2");
        assertThat(wrong.getRejected().get(1).reason()).contains("no purchase order PO-999999");
        assertThat(wrong.getRejected().get(2).reason()).contains("serial_number must be");
    }

    @Test
    void aPartialDeliveryLeavesTheOtherItemsWaiting() {
        stockOf("Lenovo ThinkPad E14 Gen 6", ItemType.LAPTOP, 0);
        stockOf("Jabra Evolve2 40", ItemType.HEADSET, 0);
        stockOf("Huawei B535 4G", ItemType.FOUR_G_BOX, 0);
        ProcessInstance onboarding = startOnboarding("country", "BE");
        ProcessInstance laptop = provisioningOf(onboarding, ItemType.LAPTOP);
        ProcessInstance headset = provisioningOf(onboarding, ItemType.HEADSET);
        ProcessInstance box = provisioningOf(onboarding, ItemType.FOUR_G_BOX);

        notify(orderOf(laptop), unique("PF"), unique("HB"));

        assertThat(laptop).isWaitingAt("ImageLaptop");
        assertThat(headset).isWaitingAt("ReceiveFromVendor");
        assertThat(box).isWaitingAt("ReceiveFromVendor");
    }

    @Test
    void aLateVendorIsChasedThenItsLeadBuysElsewhere() {
        ProcessInstance laptop = purchasedLaptop();
        PurchaseOrder late = orderOf(laptop);

        runJob(laptop, "VendorLate");
        assertThat(laptop).hasPassed("TellItOrderIsLate").isWaitingAt("ChaseVendor");
        assertThat(task("ChaseVendor", laptop)).hasCandidateGroup("it").hasName("Chase vendor for " + late.number());
        assertThat(outboxSubjectsTo("it-logistics@homebound.example")).anyMatch(s -> s.startsWith("Late: " + late.number() + " from Bechtle"));
        complete(laptop, "ChaseVendor", "promisedDelivery", LocalDate.now().plusDays(2).toString());
        assertThat(laptop).isWaitingAt("ReceiveFromVendor");
        assertThat(orders.find(late.id()).orElseThrow().expectedDelivery()).isEqualTo(LocalDate.now().plusDays(2));

        runJob(laptop, "VendorLate");
        assertThat(laptop).isWaitingAt("ResolveLateOrder");
        complete(laptop, "ResolveLateOrder", "lateOrderDecision", "resource", "alternativeVendor", "CHG-Meridian");

        assertThat(laptop).hasPassed("CancelAndResource").isWaitingAt("ReceiveFromVendor");
        assertThat(orders.find(late.id()).orElseThrow().status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
        PurchaseOrder replacement = orderOf(laptop);
        assertThat(replacement.id()).isNotEqualTo(late.id());
        assertThat(replacement.vendor()).isEqualTo("CHG-Meridian");
        assertThat(replacement.status()).isEqualTo(PurchaseOrderStatus.PLACED);
        assertThat(outboxSubjectsTo("orders@bechtle.example")).contains("Cancelled: purchase order " + late.number());
        assertThat(outboxSubjectsTo("orders@chg-meridian.example")).contains("Purchase order " + replacement.number());
    }

    @Test
    void anEscalatedOrderCanWaitForANewDateAndStillBeDelivered() {
        ProcessInstance laptop = purchasedLaptop();
        runJob(laptop, "VendorLate");
        complete(laptop, "ChaseVendor", "promisedDelivery", LocalDate.now().plusDays(1).toString());
        runJob(laptop, "VendorLate");

        complete(laptop, "ResolveLateOrder", "lateOrderDecision", "wait", "promisedDelivery", LocalDate.now().plusDays(4).toString());
        assertThat(laptop).isWaitingAt("ReceiveFromVendor");
        assertThat(orderOf(laptop).expectedDelivery()).isEqualTo(LocalDate.now().plusDays(4));

        runJob(laptop, "VendorLate");
        assertThat(laptop).isWaitingAt("ResolveLateOrder");
        notify(orderOf(laptop), unique("PF"), unique("HB"));
        assertThat(laptop).hasPassed("DeliveryNoticeArrived").isWaitingAt("ImageLaptop");
    }

    @Test
    void theVendorIsLateOnlyOnceThePromisedDayIsOver() {
        ProcessInstance laptop = purchasedLaptop();
        LocalDate promised = orderOf(laptop).expectedDelivery();

        var late = managementService.createJobQuery().processInstanceId(laptop.getId()).activityId("VendorLate").singleResult();

        assertThat(late.getDuedate().toInstant()).isEqualTo(promised.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    @Test
    void aDeliveryNoticeWhileItChasesStillMovesThePurchaseOn() {
        ProcessInstance laptop = purchasedLaptop();
        runJob(laptop, "VendorLate");
        assertThat(laptop).isWaitingAt("ChaseVendor");

        notify(orderOf(laptop), unique("PF"), unique("HB"));
        assertThat(laptop).hasPassed("DeliveryNoticeArrived").isWaitingAt("ImageLaptop");
    }

    private ProcessInstance purchasedLaptop() {
        stockOf("Lenovo ThinkPad E14 Gen 6", ItemType.LAPTOP, 0);
        ProcessInstance laptop = provisioningOf(startOnboarding(), ItemType.LAPTOP);
        assertThat(laptop).isWaitingAt("ReceiveFromVendor");
        return laptop;
    }

    private PurchaseOrder orderOf(ProcessInstance provisioning) {
        return orders.latestFor(itemIdOf(provisioning)).orElseThrow();
    }

    private long itemIdOf(ProcessInstance provisioning) {
        return (Long) runtimeService.getVariable(provisioning.getId(), "bundleItemId");
    }

    private ImportReport notify(PurchaseOrder order, String serial, String tag) {
        ImportReport report = new ImportReport();
        notices.apply(2, new DeliveryNotice(order.number(), 1, serial, tag, LocalDate.now()), report);
        assertThat(report.getRejected()).isEmpty();
        return report;
    }
}
