package com.homebound.returns;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.equipment.Asset;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.AssetState;
import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.equipment.Catalog;
import com.homebound.process.CurrentUser;
import com.homebound.process.FormInput;

/**
 * IT wiped a returned item and put it back in stock or disposed of it, with a reason. A laptop
 * the employee had kept has no asset record yet: restocking it needs its serial number and a tag.
 */
@Component
public class RecordReturnInspection implements TaskListener {

    private final ReturnRepository returns;
    private final AssetRepository assets;
    private final BundleItemRepository bundle;
    private final Catalog catalog;

    public RecordReturnInspection(ReturnRepository returns, AssetRepository assets, BundleItemRepository bundle, Catalog catalog) {
        this.returns = returns;
        this.assets = assets;
        this.bundle = bundle;
        this.catalog = catalog;
    }

    @Override
    public void notify(DelegateTask task) {
        long returnItemId = (Long) task.getVariable("returnItemId");
        ReturnRepository.ReturnItem item = returns.item(returnItemId);
        FormInput in = FormInput.of(task);
        in.confirmed("wiped", "Wiping the item");
        String outcome = in.oneOf("outcome", Set.of("restock", "dispose"));
        String reason = in.optionalText("disposalReason", 500);
        String serial = in.optionalText("serialNumber", 40);
        String tag = in.optionalText("assetTag", 20);
        String restockModel = in.optionalText("restockModel", 80);
        if ("dispose".equals(outcome) && reason == null) {
            in.reject("disposalReason", "is required when the item is disposed of");
        }
        boolean needsAsset = "restock".equals(outcome) && item.assetId() == null;
        if (needsAsset && !Asset.SERIAL_NUMBER.fits(serial)) {
            in.reject("serialNumber", "is required: this item has no asset record, and needs one to go back in stock");
        } else if (needsAsset && assets.serialNumberKnown(serial)) {
            in.reject("serialNumber", "is already recorded for another asset");
        }
        BundleItem bundleItem = bundle.get(item.bundleItemId());
        // A laptop the employee kept was never bought through Homebound: stock needs its real model.
        boolean knownModel = catalog.find(bundleItem.model()).isPresent();
        if (needsAsset && !knownModel && (restockModel == null || catalog.find(restockModel)
                .filter(m -> m.itemType() == bundleItem.itemType()).isEmpty())) {
            in.reject("restockModel", "is required to put this " + bundleItem.itemType().label() + " back in stock");
        }
        if (needsAsset && !Asset.ASSET_TAG.fits(tag)) {
            in.reject("assetTag", "is required: this item has no asset record, and needs one to go back in stock");
        } else if (needsAsset && assets.assetTagKnown(tag)) {
            in.reject("assetTag", "is already on another asset");
        }
        in.validate();

        Long assetId = item.assetId();
        if (needsAsset) {
            assetId = assets.add(bundleItem.itemType(), knownModel ? bundleItem.model() : restockModel, serial, tag, AssetState.IN_STOCK);
        } else if (assetId != null) {
            assets.moveTo(assetId, "restock".equals(outcome) ? AssetState.IN_STOCK : AssetState.DISPOSED);
        }
        returns.recordInspection(returnItemId, assetId, "restock".equals(outcome) ? InspectionOutcome.RESTOCKED : InspectionOutcome.DISPOSED, reason, CurrentUser.of(task));
        bundle.moveTo(item.bundleItemId(), BundleItemState.RETURNED);
        in.consume();
    }
}
