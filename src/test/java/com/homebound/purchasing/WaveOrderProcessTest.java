package com.homebound.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.homebound.equipment.BundleItemState;
import com.homebound.equipment.ItemType;
import com.homebound.importing.ImportReport;
import com.homebound.onboarding.RegisterCaseDelegate;
import com.homebound.support.ProcessTestCase;

/**
 * A wave buys per vendor: its items wait for the wave's order, which goes out once, one line per
 * model with its quantity; the vendor's notice rows move the items on one serial number at a time.
 */
class WaveOrderProcessTest extends ProcessTestCase {

    private static final String E14 = "Lenovo ThinkPad E14 Gen 6";

    @Autowired WavePurchaseOrders wavePurchaseOrders;
    @Autowired PurchaseOrderRepository orders;
    @Autowired DeliveryNoticeService notices;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void nothingInStock() {
        stockOf(E14, ItemType.LAPTOP, 0);
        stockOf("Jabra Evolve2 40", ItemType.HEADSET, 0);
        stockOf("Orange Airbox 4G", ItemType.FOUR_G_BOX, 0);
        stockOf("Lenovo ThinkPad X1 Carbon Gen 12", ItemType.LAPTOP, 0);
        stockOf("Jabra Evolve2 65", ItemType.HEADSET, 0);
    }

    @Test
    void aWavesItemsWaitForTheWavesOrderWhichGoesOutOncePerVendorWithAQuantityPerModel() {
        long wave = aWave();
        List<ProcessInstance> laptops = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            laptops.add(provisioningOf(startInWave(wave), ItemType.LAPTOP));
        }

        for (ProcessInstance laptop : laptops) {
            assertThat(laptop).hasPassed("PlacePurchaseOrder").isWaitingAt("WaveOrderSent");
            assertThat(managementService.createJobQuery().processInstanceId(laptop.getId()).activityId("VendorLate").count())
                    .as("no delivery is late before the order went out").isZero();
            assertThat(stateOf(itemIdOf(laptop))).isEqualTo(BundleItemState.AWAITING_PURCHASE);
        }
        assertThat(ordersOfWave(wave)).isZero();

        List<String> sent = wavePurchaseOrders.send(wave);

        assertThat(sent).hasSize(2);
        assertThat(ordersOfWave(wave)).as("Bechtle and Jabra: one order each").isEqualTo(2);
        // The operator's 4G boxes are drop-shipped: one order line per person, to their home, not on the wave's quantity lines.
        assertThat(jdbc.sql("""
                select count(*) from purchase_order_line l join purchase_order o on o.id = l.purchase_order_id
                where o.vendor = 'Orange' and o.wave_id is null and l.ship_to_home
                  and l.bundle_item_id in (select b.id from bundle_item b join onboarding_case c on c.id = b.case_id where c.wave_id = ?)""")
                .param(wave).query(Integer.class).single()).isEqualTo(3);
        PurchaseOrder bechtle = orderOfWave(wave, "Bechtle");
        assertThat(bechtle.status()).isEqualTo(PurchaseOrderStatus.PLACED);
        assertThat(bechtle.expectedDelivery()).isEqualTo(LocalDate.now().plusDays(5));
        List<PurchaseOrderLine> lines = orders.linesOf(bechtle.id());
        assertThat(lines).extracting(PurchaseOrderLine::lineNo, PurchaseOrderLine::model, PurchaseOrderLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, E14, 3));
        assertThat(mailsAbout(bechtle)).containsExactly("po_number,line,model,quantity,unit_price_eur,expected_delivery,ship_to\n"
                + bechtle.number() + ",1," + E14 + ",3,749.00," + LocalDate.now().plusDays(5) + ",\"Homebound IT logistics, 10 rue de la Paix, 75002 Paris, FR\"\n");

        for (ProcessInstance laptop : laptops) {
            runJob(laptop, "WaveOrderSent");
            assertThat(laptop).isWaitingAt("ReceiveFromVendor");
            assertThat(task("ReceiveFromVendor", laptop)).hasCandidateGroup("it");
            assertThat(runtimeService.getVariable(laptop.getId(), "purchaseOrder")).isEqualTo(bechtle.number());
            assertThat(stateOf(itemIdOf(laptop))).isEqualTo(BundleItemState.ORDERED);
            Job late = managementService.createJobQuery().processInstanceId(laptop.getId()).activityId("VendorLate").singleResult();
            assertThat(late.getDuedate().toInstant()).as("late from the day after the order's promise, counted from when it went out")
                    .isEqualTo(LocalDate.now().plusDays(6).atStartOfDay(ZoneOffset.UTC).toInstant());
        }

        assertThat(wavePurchaseOrders.send(wave)).as("sent once: the next round has nothing to send").isEmpty();
        assertThat(mailsAbout(bechtle)).hasSize(1);
    }

    @Test
    void eachNoticeRowOfAQuantityLineMovesOneWaitingItemOnAndOneTooManyIsRefusedInWords() {
        long wave = aWave();
        List<ProcessInstance> laptops = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            laptops.add(provisioningOf(startInWave(wave), ItemType.LAPTOP));
        }
        wavePurchaseOrders.send(wave);
        laptops.forEach(laptop -> runJob(laptop, "WaveOrderSent"));
        PurchaseOrder bechtle = orderOfWave(wave, "Bechtle");

        String first = unique("PF");
        ImportReport report = notify(bechtle, 1, first, unique("HB"));
        assertThat(report.getApplied()).isEqualTo(1);
        assertThat(laptops.get(0)).as("the first item still awaited").hasPassed("RecordDeliveryNotice").isWaitingAt("ImageLaptop");
        assertThat(laptops.get(1)).isWaitingAt("ReceiveFromVendor");

        assertThat(notify(bechtle, 1, first, null).getAlreadyApplied()).as("the same row sent again").isEqualTo(1);
        assertThat(laptops.get(1)).isWaitingAt("ReceiveFromVendor");

        notify(bechtle, 1, unique("PF"), null);
        assertThat(laptops.get(1)).as("untagged: IT tags it").isWaitingAt("TagAsset");
        complete(laptops.get(1), "TagAsset", "assetTag", unique("HB"));
        assertThat(laptops.get(1)).isWaitingAt("ImageLaptop");
        notify(bechtle, 1, unique("PF"), unique("HB"));
        assertThat(laptops.get(2)).isWaitingAt("ImageLaptop");
        assertThat(orders.find(bechtle.id()).orElseThrow().status()).isEqualTo(PurchaseOrderStatus.RECEIVED);

        String extra = unique("PF");
        ImportReport tooMany = notify(bechtle, 1, extra, null);
        assertThat(tooMany.getApplied()).isZero();
        assertThat(tooMany.getRejected()).singleElement().extracting(ImportReport.Rejection::reason)
                .isEqualTo(bechtle.number() + " line 1 is for 3 × " + E14 + ", all 3 delivered already: serial number " + extra
                        + " is one more than ordered");
        assertThat(notify(bechtle, 2, unique("PF"), null).getRejected()).singleElement().extracting(ImportReport.Rejection::reason)
                .isEqualTo(bechtle.number() + " has no line 2");
    }

    @Test
    void aPurchaseItApprovesAfterTheWavesOrderWentOutGoesOnAFollowUpOrder() {
        long wave = aWave();
        ProcessInstance agentsLaptop = provisioningOf(startInWave(wave), ItemType.LAPTOP);
        ProcessInstance leadsLaptop = provisioningOf(startInWave(wave, "profile", "team-lead"), ItemType.LAPTOP);
        assertThat(leadsLaptop).isWaitingAt("ApprovePurchase");

        wavePurchaseOrders.send(wave);
        PurchaseOrder first = orderOfWave(wave, "Bechtle");
        assertThat(orders.linesOf(first.id())).extracting(PurchaseOrderLine::model).containsExactly(E14);
        runJob(agentsLaptop, "WaveOrderSent");

        complete(leadsLaptop, "ApprovePurchase", "purchaseDecision", "approve");
        assertThat(leadsLaptop).isWaitingAt("WaveOrderSent");
        wavePurchaseOrders.send(wave);

        List<PurchaseOrder> bechtle = ordersOfWave(wave, "Bechtle");
        assertThat(bechtle).hasSize(2);
        PurchaseOrder followUp = bechtle.get(1);
        assertThat(orders.linesOf(followUp.id())).extracting(PurchaseOrderLine::model, PurchaseOrderLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lenovo ThinkPad X1 Carbon Gen 12", 1));
        assertThat(mailsAbout(followUp)).hasSize(1);
        assertThat(mailsAbout(first)).as("the first order is not mailed again").hasSize(1);
        runJob(leadsLaptop, "WaveOrderSent");
        assertThat(runtimeService.getVariable(leadsLaptop.getId(), "purchaseOrder")).isEqualTo(followUp.number());
        assertThat(orders.latestFor(itemIdOf(leadsLaptop)).orElseThrow().id()).isEqualTo(followUp.id());
    }

    @Test
    void aLateItemOfAWaveOrderIsBoughtElsewhereAloneAndTheVendorIsToldTheLinesNewQuantity() {
        long wave = aWave();
        ProcessInstance late = provisioningOf(startInWave(wave), ItemType.LAPTOP);
        ProcessInstance other = provisioningOf(startInWave(wave), ItemType.LAPTOP);
        wavePurchaseOrders.send(wave);
        runJob(late, "WaveOrderSent");
        runJob(other, "WaveOrderSent");
        PurchaseOrder bechtle = orderOfWave(wave, "Bechtle");

        runJob(late, "VendorLate");
        assertThat(task("ChaseVendor", late)).hasName("Chase vendor for " + bechtle.number());
        complete(late, "ChaseVendor", "promisedDelivery", LocalDate.now().plusDays(2).toString());
        runJob(late, "VendorLate");
        complete(late, "ResolveLateOrder", "lateOrderDecision", "resource", "alternativeVendor", "CHG-Meridian");

        assertThat(late).hasPassed("CancelAndResource").isWaitingAt("ReceiveFromVendor");
        PurchaseOrder replacement = orders.latestFor(itemIdOf(late)).orElseThrow();
        assertThat(replacement.vendor()).isEqualTo("CHG-Meridian");
        assertThat(replacement.forWave()).as("bought elsewhere on its own order").isFalse();
        assertThat(outboxSubjectsTo("orders@chg-meridian.example")).contains("Purchase order " + replacement.number());
        assertThat(orders.find(bechtle.id()).orElseThrow().status()).as("the wave's order is not cancelled").isEqualTo(PurchaseOrderStatus.PLACED);
        assertThat(orders.linesOf(bechtle.id())).extracting(PurchaseOrderLine::quantity).containsExactly(1);
        assertThat(outboxSubjectsTo("orders@bechtle.example"))
                .contains("Changed: purchase order " + bechtle.number() + ", line 1 now 1 × " + E14)
                .doesNotContain("Cancelled: purchase order " + bechtle.number());
        assertThat(other).isWaitingAt("ReceiveFromVendor");

        notify(bechtle, 1, unique("PF"), unique("HB"));
        assertThat(other).isWaitingAt("ImageLaptop");
        assertThat(late).as("its own order, not the wave's").isWaitingAt("ReceiveFromVendor");
        assertThat(notify(bechtle, 1, unique("PF"), null).getRejected()).singleElement().extracting(ImportReport.Rejection::reason)
                .asString().contains("is for 1 × " + E14 + ", delivered already");
        assertThat(orders.find(bechtle.id()).orElseThrow().status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
    }

    @Test
    void twoBatchesAddingToTheSameVendorAtOnceMakeOneOrderAndARolledBackBatchLeavesNoLine() throws Exception {
        long wave = aWave();
        CyclicBarrier bothAdded = new CyclicBarrier(2);
        // Two batches, each in its own transaction as the job executor runs them: both have added their
        // laptop before either commits, so neither waited for the other's lock.
        ExecutorService batches = Executors.newFixedThreadPool(2);
        try {
            var one = CompletableFuture.runAsync(() -> inOneTransaction(() -> {
                startInWave(wave);
                await(bothAdded);
            }), batches);
            var two = CompletableFuture.runAsync(() -> inOneTransaction(() -> {
                startInWave(wave);
                await(bothAdded);
            }), batches);
            one.get(60, TimeUnit.SECONDS);
            two.get(60, TimeUnit.SECONDS);
        } finally {
            batches.shutdown();
        }
        // A batch that crashes after adding its item is rolled back with it.
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            startInWave(wave);
            tx.setRollbackOnly();
        });
        ProcessInstance retried = provisioningOf(startInWave(wave), ItemType.LAPTOP);

        wavePurchaseOrders.send(wave);

        List<PurchaseOrder> bechtle = ordersOfWave(wave, "Bechtle");
        assertThat(bechtle).hasSize(1);
        assertThat(orders.linesOf(bechtle.get(0).id())).extracting(PurchaseOrderLine::model, PurchaseOrderLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(E14, 3));
        runJob(retried, "WaveOrderSent");
        assertThat(retried).isWaitingAt("ReceiveFromVendor");
    }

    @Test
    void aCaseOutsideAWaveStillGetsItsOwnOrderMailedAtOnce() {
        ProcessInstance laptop = provisioningOf(startOnboarding(), ItemType.LAPTOP);

        assertThat(laptop).hasPassed("PlacePurchaseOrder").hasNotPassed("WaveOrderSent").isWaitingAt("ReceiveFromVendor");
        PurchaseOrder own = orders.latestFor(itemIdOf(laptop)).orElseThrow();
        assertThat(own.forWave()).isFalse();
        assertThat(own.bundleItemId()).isEqualTo(itemIdOf(laptop));
        assertThat(orders.linesOf(own.id())).extracting(PurchaseOrderLine::model, PurchaseOrderLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(E14, 1));
        assertThat(mailsAbout(own)).hasSize(1);
    }

    // ---------------------------------------------------------------- helpers

    private long aWave() {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into wave (name, plan_level, site, target_date, status, created_by, created_at)
                values ('PCA level 3, Tours', 3, 'Tours', ?, 'STARTING', 'hr', ?)""")
                .params(LocalDate.now().plusDays(10), OffsetDateTime.now(ZoneOffset.UTC)).update(key, "id");
        return key.getKey().longValue();
    }

    /** A case as a wave's batch starts it: the start form's fields and the wave. */
    private ProcessInstance startInWave(long wave, Object... overrides) {
        var form = onboardingForm(overrides);
        form.put(RegisterCaseDelegate.WAVE_ID, wave);
        return start(form);
    }

    private void inOneTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> work.run());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("The other batch did not add its item meanwhile: one waited for the other", e);
        }
    }

    private int ordersOfWave(long wave) {
        return jdbc.sql("select count(*) from purchase_order where wave_id = ?").param(wave).query(Integer.class).single();
    }

    private List<PurchaseOrder> ordersOfWave(long wave, String vendor) {
        return jdbc.sql("select * from purchase_order where wave_id = ? and vendor = ? order by id").params(wave, vendor)
                .query(PurchaseOrder.class).list();
    }

    private PurchaseOrder orderOfWave(long wave, String vendor) {
        List<PurchaseOrder> found = ordersOfWave(wave, vendor);
        assertThat(found).as("%s's orders for the wave", vendor).hasSize(1);
        return found.get(0);
    }

    /** The CSV of each mail that sent this order to its vendor. */
    private List<String> mailsAbout(PurchaseOrder order) {
        return jdbc.sql("select attachment_content from outgoing_mail where subject = ? and attachment_name = ? order by id")
                .params("Purchase order " + order.number(), order.number() + ".csv").query(String.class).list();
    }

    private long itemIdOf(ProcessInstance provisioning) {
        return (Long) runtimeService.getVariable(provisioning.getId(), "bundleItemId");
    }

    private ImportReport notify(PurchaseOrder order, int line, String serial, String tag) {
        ImportReport report = new ImportReport();
        notices.apply(2, new DeliveryNotice(order.number(), line, serial, tag, LocalDate.now()), report);
        return report;
    }
}
