package com.homebound.equipment;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Decides where an item comes from: the laptop the employee keeps, stock, or a purchase.
 * Sets the few variables the provisioning process branches on and names its tasks with.
 */
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
        execution.setVariable("itemType", item.itemType().name());
        execution.setVariable("itemLabel", item.label());

        if (BundleItem.KEPT.equals(item.source())) {
            bundle.startProvisioning(itemId, BundleItem.KEPT, execution.getProcessInstanceId());
            execution.setVariable("source", BundleItem.KEPT);
            return;
        }
        Optional<Asset> reserved = assets.reserveFromStock(item.model());
        if (reserved.isPresent()) {
            bundle.startProvisioning(itemId, BundleItem.STOCK, execution.getProcessInstanceId());
            bundle.assignAsset(itemId, reserved.get().id(), BundleItemState.RESERVED);
            execution.setVariable("source", BundleItem.STOCK);
        } else {
            bundle.startProvisioning(itemId, BundleItem.PURCHASE, execution.getProcessInstanceId());
            bundle.moveTo(itemId, BundleItemState.AWAITING_PURCHASE);
            execution.setVariable("source", BundleItem.PURCHASE);
            execution.setVariable("unitPrice", catalog.get(item.model()).unitPrice().doubleValue());
        }
    }
}
