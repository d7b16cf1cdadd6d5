package com.homebound.equipment;

import org.springframework.stereotype.Component;

/** An item of a bundle arrives: under its serial number and tag it becomes the asset its employee will get. */
@Component
public class Receiving {

    private final BundleItemRepository bundle;
    private final AssetRepository assets;

    public Receiving(BundleItemRepository bundle, AssetRepository assets) {
        this.bundle = bundle;
        this.assets = assets;
    }

    public void asAsset(long bundleItemId, String serialNumber, String assetTag) {
        BundleItem item = bundle.get(bundleItemId);
        long assetId = assets.add(item.itemType(), item.model(), serialNumber, assetTag, AssetState.ASSIGNED);
        bundle.assignAsset(bundleItemId, assetId, BundleItemState.RECEIVED);
    }
}
