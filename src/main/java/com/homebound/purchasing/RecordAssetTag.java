package com.homebound.purchasing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.equipment.Asset;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.Receiving;
import com.homebound.process.FormInput;

/** IT sticks the company tag on an item the vendor delivered untagged. */
@Component
class RecordAssetTag implements TaskListener {

    private final PurchaseOrderRepository orders;
    private final Receiving receiving;
    private final AssetRepository assets;

    RecordAssetTag(PurchaseOrderRepository orders, Receiving receiving, AssetRepository assets) {
        this.orders = orders;
        this.receiving = receiving;
        this.assets = assets;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String tag = in.matching("assetTag", Asset.ASSET_TAG);
        if (tag != null && assets.assetTagKnown(tag)) {
            in.reject("assetTag", "is already on another asset");
        }
        in.validate();
        long itemId = (Long) task.getVariable("bundleItemId");
        String serial = orders.linesOf(orders.currentFor(itemId).id()).get(0).serialNumber();
        receiving.asAsset(itemId, serial, tag);
        in.consume();
    }
}
