package com.homebound.equipment;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reserves an asset of the item's model if one is in stock; otherwise the item is to be bought. */
@Component
public class ReserveFromStockDelegate implements JavaDelegate {

    private final BundleItemRepository bundle;
    private final AssetRepository assets;

    public ReserveFromStockDelegate(BundleItemRepository bundle, AssetRepository assets) {
        this.bundle = bundle;
        this.assets = assets;
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
        }
    }
}
