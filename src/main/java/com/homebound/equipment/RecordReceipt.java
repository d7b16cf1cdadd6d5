package com.homebound.equipment;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;
import com.homebound.purchasing.PurchaseOrderRepository;

/** IT received the item from the vendor: it becomes an asset with its serial number and tag. */
@Component
public class RecordReceipt implements TaskListener {

    private static final Pattern SERIAL = Pattern.compile("^[A-Za-z0-9-]{4,40}$");
    private static final Pattern TAG = Pattern.compile("^[A-Z0-9-]{4,20}$");

    private final BundleItemRepository bundle;
    private final AssetRepository assets;
    private final PurchaseOrderRepository orders;

    public RecordReceipt(BundleItemRepository bundle, AssetRepository assets, PurchaseOrderRepository orders) {
        this.bundle = bundle;
        this.assets = assets;
        this.orders = orders;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String serial = in.matching("serialNumber", SERIAL, "4 to 40 letters, digits or dashes");
        String tag = in.matching("assetTag", TAG, "4 to 20 capitals, digits or dashes, e.g. HB-004211");
        if (serial != null && assets.serialNumberKnown(serial)) {
            in.reject("serialNumber", "is already recorded for another asset");
        }
        if (tag != null && assets.assetTagKnown(tag)) {
            in.reject("assetTag", "is already on another asset");
        }
        in.validate();
        long itemId = (Long) task.getVariable("bundleItemId");
        BundleItem item = bundle.get(itemId);
        long assetId = assets.add(item.itemType(), item.model(), serial, tag, Asset.ASSIGNED);
        bundle.assignAsset(itemId, assetId, BundleItemState.RECEIVED);
        orders.markReceived(itemId);
        in.consume();
    }
}
