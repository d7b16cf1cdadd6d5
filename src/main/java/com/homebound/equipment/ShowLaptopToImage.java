package com.homebound.equipment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.process.FormText;

/** IT images the laptop it holds: the imaging task shows which one, by the serial number and asset tag just recorded. */
@Component
class ShowLaptopToImage implements TaskListener {

    private final BundleItemRepository bundle;
    private final AssetRepository assets;

    ShowLaptopToImage(BundleItemRepository bundle, AssetRepository assets) {
        this.bundle = bundle;
        this.assets = assets;
    }

    @Override
    public void notify(DelegateTask task) {
        BundleItem item = bundle.get((Long) task.getVariable("bundleItemId"));
        if (item.assetId() == null) {
            task.setVariableLocal("laptopToImage", "not recorded yet");
            return;
        }
        Asset laptop = assets.get(item.assetId());
        task.setVariableLocal("laptopToImage", FormText.literal("serial number " + laptop.serialNumber() + ", asset tag " + laptop.assetTag()));
    }
}
