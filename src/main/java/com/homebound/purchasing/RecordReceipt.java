package com.homebound.purchasing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.equipment.Asset;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.Receiving;
import com.homebound.process.FormInput;

/** IT received the item from the vendor: it becomes an asset with its serial number and tag, and the order is fulfilled. */
@Component
class RecordReceipt implements TaskListener {

    private final Receiving receiving;
    private final AssetRepository assets;
    private final PurchaseOrderRepository orders;

    RecordReceipt(Receiving receiving, AssetRepository assets, PurchaseOrderRepository orders) {
        this.receiving = receiving;
        this.assets = assets;
        this.orders = orders;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String serial = in.matching("serialNumber", Asset.SERIAL_NUMBER);
        String tag = in.matching("assetTag", Asset.ASSET_TAG);
        if (serial != null && assets.serialNumberKnown(serial)) {
            in.reject("serialNumber", "is already recorded for another asset");
        }
        if (tag != null && assets.assetTagKnown(tag)) {
            in.reject("assetTag", "is already on another asset");
        }
        in.validate();
        long itemId = (Long) task.getVariable("bundleItemId");
        receiving.asAsset(itemId, serial, tag);
        orders.markReceived(itemId);
        in.consume();
    }
}
