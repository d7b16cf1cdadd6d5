package com.homebound.equipment;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reserves an asset of the item's model if one is in stock; otherwise the item is to be bought (by a drop-ship model's vendor, for the employee's home). */
@Component
public class ReserveFromStockDelegate implements JavaDelegate {

    private final BundleItemRepository bundle;
    private final AssetRepository assets;
    private final Catalog catalog;

    public ReserveFromStockDelegate(BundleItemRepository bundle, AssetRepository assets, Catalog catalog) {
        this.bundle = bundle;
        this.assets = assets;
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long itemId = (Long) execution.getVariable("bundleItemId");
        BundleItem item = bundle.get(itemId);
        Optional<Asset> reserved = assets.reserveFromStock(item.model());
        if (reserved.isPresent()) {
            bundle.startProvisioning(itemId, BundleItem.STOCK, execution.getProcessInstanceId());
            bundle.assignAsset(itemId, reserved.get().id(), BundleItemState.RESERVED);
            execution.setVariable("source", BundleItem.STOCK);
        } else {
            bundle.startProvisioning(itemId, BundleItem.PURCHASE, execution.getProcessInstanceId());
            bundle.moveTo(itemId, BundleItemState.AWAITING_PURCHASE);
            execution.setVariable("source", BundleItem.PURCHASE);
            // Drop-shipping: a model the catalogue lets the vendor deliver to the employee's home.
            boolean dropShip = catalog.get(item.model()).dropShip();
            if (dropShip) {
                bundle.markDropShipped(itemId);
            }
            execution.setVariable("dropShipped", dropShip);
        }
    }
}
