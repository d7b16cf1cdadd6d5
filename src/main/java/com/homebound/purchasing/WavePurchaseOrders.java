package com.homebound.purchasing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.equipment.Catalog;
import com.homebound.equipment.CatalogItem;
import com.homebound.process.AsSystem;
import com.homebound.process.Deadlines;

/**
 * A wave buys per vendor, not per item. Its items wait on no order until the wave's process sends
 * them ("Send the wave's purchase orders", once every case of the wave has started): then each
 * vendor gets one order for all of them, one line per model with its quantity, mailed once, and
 * each item moves on to wait for its delivery, due after the longest lead time of the order's models.
 *
 * <p>The order is made here, in one transaction, not while the batches run: batches only add rows of
 * their own ({@link PurchaseOrderRepository#addToWave}), so they never race for a shared order, and
 * line numbers are given once. An item added after this (a purchase IT approved later, a row that
 * joined the wave) is sent the next time, on a follow-up order for its vendor.
 */
@Service
public class WavePurchaseOrders {

    private static final Logger log = LoggerFactory.getLogger(WavePurchaseOrders.class);

    private final PurchaseOrderRepository orders;
    private final PurchaseOrderMail mail;
    private final Catalog catalog;
    private final BundleItemRepository bundle;
    private final RuntimeService runtimeService;
    private final AsSystem asSystem;

    WavePurchaseOrders(PurchaseOrderRepository orders, PurchaseOrderMail mail, Catalog catalog, BundleItemRepository bundle,
                       RuntimeService runtimeService, AsSystem asSystem) {
        this.orders = orders;
        this.mail = mail;
        this.catalog = catalog;
        this.bundle = bundle;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
    }

    /** Sends the wave's items not on an order yet: one order per vendor. Answers the orders' numbers. */
    public List<String> send(long waveId) {
        return asSystem.call(() -> {
            List<String> sent = new ArrayList<>();
            Set<String> waiting = waitingForTheirOrder();
            Map<Long, String> processes = new HashMap<>();
            Map<String, Map<String, List<WaveOrderItem>>> byVendor = new TreeMap<>();
            for (WaveOrderItem item : orders.unsentItemsOf(waveId)) {
                String process = bundle.get(item.bundleItemId()).processInstanceId();
                processes.put(item.bundleItemId(), process);
                if (!waiting.contains(process)) {
                    // Its provisioning was ended by hand (Cockpit): nobody would receive it.
                    log.warn("Wave {}: item {} no longer waits for its order and is left off it", waveId, item.bundleItemId());
                    orders.takeOffUnsent(item);
                    continue;
                }
                byVendor.computeIfAbsent(item.vendor(), v -> new TreeMap<>()).computeIfAbsent(item.model(), m -> new ArrayList<>()).add(item);
            }
            byVendor.forEach((vendor, byModel) -> sent.add(sendOne(waveId, vendor, byModel, processes)));
            return sent;
        });
    }

    private String sendOne(long waveId, String vendor, Map<String, List<WaveOrderItem>> byModel, Map<Long, String> processes) {
        Map<String, CatalogItem> models = byModel.keySet().stream().collect(Collectors.toMap(m -> m, catalog::get));
        int leadTime = models.values().stream().mapToInt(CatalogItem::leadTimeDays).max().orElse(0);
        LocalDate expected = Deadlines.today().plusDays(leadTime);
        long orderId = orders.placeWaveOrder(waveId, vendor, expected);
        String number = PurchaseOrder.number(orderId);
        int lineNo = 0;
        for (var line : byModel.entrySet()) {
            orders.addQuantityLine(orderId, ++lineNo, line.getKey(), models.get(line.getKey()).unitPrice(), line.getValue());
        }
        mail.send(orderId);
        for (List<WaveOrderItem> items : byModel.values()) {
            for (WaveOrderItem item : items) {
                bundle.moveTo(item.bundleItemId(), BundleItemState.ORDERED);
                runtimeService.createMessageCorrelation(PlacePurchaseOrderDelegate.WAVE_ORDER_SENT)
                        .processInstanceId(processes.get(item.bundleItemId())).setVariable("purchaseOrder", number).correlateWithResult();
            }
        }
        return number;
    }

    /** The provisionings waiting at "Wave's order sent", in one query rather than one per item. */
    private Set<String> waitingForTheirOrder() {
        return runtimeService.createEventSubscriptionQuery().eventType("message").eventName(PlacePurchaseOrderDelegate.WAVE_ORDER_SENT)
                .list().stream().map(EventSubscription::getProcessInstanceId).collect(Collectors.toSet());
    }
}
