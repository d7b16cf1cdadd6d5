package com.homebound.equipment;

import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;

/** An item of a bundle arrives: under its serial number and tag it becomes the asset its employee will get. */
@Component
public class Receiving {

    private final BundleItemRepository bundle;
    private final AssetRepository assets;

    public Receiving(BundleItemRepository bundle, AssetRepository assets) {
        this.bundle = bundle;
        this.assets = assets;
    }

    /** The serial number typed on IT's form: of the right shape, and on no asset yet. */
    public String newSerialNumber(FormInput in) {
        String serial = in.matching("serialNumber", Asset.SERIAL_NUMBER);
        if (serial != null && assets.serialNumberKnown(serial)) {
            in.reject("serialNumber", "is already recorded for another asset");
        }
        return serial;
    }

    /** The asset tag typed on IT's form: of the right shape, and on no asset yet. */
    public String newAssetTag(FormInput in) {
        String tag = in.matching("assetTag", Asset.ASSET_TAG);
        if (tag != null && assets.assetTagKnown(tag)) {
            in.reject("assetTag", "is already on another asset");
        }
        return tag;
    }

    public void asAsset(long bundleItemId, String serialNumber, String assetTag) {
        BundleItem item = bundle.get(bundleItemId);
        long assetId = assets.add(item.itemType(), item.model(), serialNumber, assetTag, AssetState.ASSIGNED);
        bundle.assignAsset(bundleItemId, assetId, BundleItemState.RECEIVED);
    }
}
