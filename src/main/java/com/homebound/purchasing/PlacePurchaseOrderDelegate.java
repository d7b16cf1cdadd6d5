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
 */
@Component
public class PlacePurchaseOrderDelegate implements JavaDelegate {

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
        String vendorName = previous.map(PurchaseOrder::replacedByVendor).orElse(model.vendor());
        Optional<PurchaseOrder> approved = previous
                .filter(po -> po.status() == PurchaseOrderStatus.APPROVED && po.model().equals(item.model()));
        long orderId = approved.map(PurchaseOrder::id)
                .orElseGet(() -> orders.create(itemId, model, vendorName, PurchaseOrderStatus.APPROVED, null, "below approval threshold"));
        LocalDate today = Deadlines.today();
        orders.place(orderId, today.plusDays(model.leadTimeDays()));
        orders.addLine(orderId, 1, itemId, model);
        bundle.moveTo(itemId, BundleItemState.ORDERED);
        execution.setVariable("purchaseOrder", PurchaseOrder.number(orderId));
        execution.setVariable("vendorChased", false);
        mail.send(orderId);
    }
}
