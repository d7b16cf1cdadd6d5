package com.homebound.demo;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.homebound.equipment.AssetState;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.ItemType;

/** A little stock so the demo shows both paths: headsets and 4G boxes in stock, laptops to buy. */
@Component
@Profile("demo")
public class DemoStock implements InitializingBean {

    private final AssetRepository assets;

    public DemoStock(AssetRepository assets) {
        this.assets = assets;
    }

    @Override
    public void afterPropertiesSet() {
        if (assets.countInStock("Jabra Evolve2 40") + assets.countInStock("Orange Airbox 4G") > 0) {
            return;
        }
        for (int i = 1; i <= 5; i++) {
            assets.add(ItemType.HEADSET, "Jabra Evolve2 40", "JB40-DEMO-" + i, "HB-90000" + i, AssetState.IN_STOCK);
            assets.add(ItemType.FOUR_G_BOX, "Orange Airbox 4G", "AIRBOX-DEMO-" + i, "HB-90010" + i, AssetState.IN_STOCK);
        }
    }
}
