package com.homebound.purchasing;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.equipment.Asset;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.process.FormInput;

/** IT sticks the company tag on an item the vendor delivered untagged. */
@Component
public class RecordAssetTag implements TaskListener {

    static final Pattern TAG = Pattern.compile("^[A-Z0-9-]{4,20}$");

    private final PurchaseOrderRepository orders;
    private final BundleItemRepository bundle;
    private final AssetRepository assets;

    public RecordAssetTag(PurchaseOrderRepository orders, BundleItemRepository bundle, AssetRepository assets) {
        this.orders = orders;
        this.bundle = bundle;
        this.assets = assets;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String tag = in.matching("assetTag", TAG, "4 to 20 capitals, digits or dashes, e.g. HB-004211");
        if (tag != null && assets.assetTagKnown(tag)) {
            in.reject("assetTag", "is already on another asset");
        }
        in.validate();
        long itemId = (Long) task.getVariable("bundleItemId");
        BundleItem item = bundle.get(itemId);
        String serial = orders.linesOf(orders.currentFor(itemId).id()).get(0).serialNumber();
        long assetId = assets.add(item.itemType(), item.model(), serial, tag, Asset.ASSIGNED);
        bundle.assignAsset(itemId, assetId, BundleItemState.RECEIVED);
        in.consume();
    }
}
