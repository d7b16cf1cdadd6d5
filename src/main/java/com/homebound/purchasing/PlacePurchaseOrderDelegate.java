package com.homebound.purchasing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.equipment.Catalog;
import com.homebound.equipment.CatalogItem;

/** Places the order with the catalogue's vendor; delivery is expected after the vendor's lead time. */
@Component
public class PlacePurchaseOrderDelegate implements JavaDelegate {

    private final PurchaseOrderRepository orders;
    private final BundleItemRepository bundle;
    private final Catalog catalog;

    public PlacePurchaseOrderDelegate(PurchaseOrderRepository orders, BundleItemRepository bundle, Catalog catalog) {
        this.orders = orders;
        this.bundle = bundle;
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long itemId = (Long) execution.getVariable("bundleItemId");
        BundleItem item = bundle.get(itemId);
        CatalogItem model = catalog.get(item.model());
        Optional<PurchaseOrder> approved = orders.latestFor(itemId)
                .filter(po -> PurchaseOrder.APPROVED.equals(po.status()) && po.model().equals(item.model()));
        long orderId = approved.map(PurchaseOrder::id)
                .orElseGet(() -> orders.create(itemId, model, PurchaseOrder.APPROVED, null, "below approval threshold"));
        LocalDate today = ClockUtil.now().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        orders.place(orderId, today.plusDays(model.leadTimeDays()));
        bundle.moveTo(itemId, BundleItemState.ORDERED);
    }
}
