package com.homebound.purchasing;

import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.process.Deadlines;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.equipment.Catalog;
import com.homebound.equipment.CatalogItem;

/**
 * Places the order with the catalogue's vendor (or the one IT re-sourced it to) and mails it,
 * CSV attached. Delivery is expected after the vendor's lead time.
 *
 * <p>An item of a case started in a wave is bought with the wave's other items instead
 * ({@code onWaveOrder}): it goes on the wave's next order for its vendor, which the wave's process
 * sends once all its cases have started ({@link WavePurchaseOrders}), and the item waits for it.
 * A purchase IT approves after that, or an item of a row that joined the wave later, goes on the
 * wave's follow-up order, sent the next time the wave counts its cases. An item IT's lead re-sourced
 * away from a late vendor gets its own order, as any item does.
 */
@Component
public class PlacePurchaseOrderDelegate implements JavaDelegate {

    static final String WAVE_ORDER_SENT = "WaveOrderSent";

    private final PurchaseOrderRepository orders;
    private final BundleItemRepository bundle;
    private final Catalog catalog;
    private final PurchaseOrderMail mail;

    public PlacePurchaseOrderDelegate(PurchaseOrderRepository orders, BundleItemRepository bundle, Catalog catalog,
                                      PurchaseOrderMail mail) {
        this.orders = orders;
        this.bundle = bundle;
        this.catalog = catalog;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long itemId = (Long) execution.getVariable("bundleItemId");
        BundleItem item = bundle.get(itemId);
        CatalogItem model = catalog.get(item.model());
        Optional<PurchaseOrder> previous = orders.latestFor(itemId);
        String resourcedTo = previous.map(PurchaseOrder::replacedByVendor).orElse(null);
        // A line the vendor ships to the employee's home carries one person's address: never on a wave's quantity lines.
        boolean dropShipped = Boolean.TRUE.equals(execution.getVariable("dropShipped"));
        Optional<Long> wave = resourcedTo == null && !dropShipped && canWaitForWave(execution) ? orders.waveOf(itemId) : Optional.empty();
        execution.setVariable("onWaveOrder", wave.isPresent());
        execution.setVariable("vendorChased", false);
        if (wave.isPresent()) {
            orders.addToWave(wave.get(), itemId, model);
            return;
        }

        String vendorName = resourcedTo == null ? model.vendor() : resourcedTo;
        Optional<PurchaseOrder> approved = previous
                .filter(po -> po.status() == PurchaseOrderStatus.APPROVED && po.model().equals(item.model()));
        long orderId = approved.map(PurchaseOrder::id)
                .orElseGet(() -> orders.create(itemId, model, vendorName, PurchaseOrderStatus.APPROVED, null, "below approval threshold"));
        LocalDate today = Deadlines.today();
        orders.place(orderId, today.plusDays(model.leadTimeDays()));
        orders.addLine(orderId, 1, itemId, model, dropShipped);
        bundle.moveTo(itemId, BundleItemState.ORDERED);
        execution.setVariable("purchaseOrder", PurchaseOrder.number(orderId));
        mail.send(orderId);
    }

    /** An instance started on a diagram that cannot wait for its wave's order keeps its own order. */
    private static boolean canWaitForWave(DelegateExecution execution) {
        return execution.getBpmnModelInstance().getModelElementById(WAVE_ORDER_SENT) != null;
    }
}
