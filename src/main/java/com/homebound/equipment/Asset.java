package com.homebound.equipment;

import com.homebound.process.Shape;

/** One physical, serial-numbered item. */
public record Asset(Long id, ItemType itemType, String model, String serialNumber, String assetTag, AssetState state) {

    /** The maker's serial number, as vendors send it and IT reads it off the item. */
    public static final Shape SERIAL_NUMBER = Shape.of("^[A-Za-z0-9-]{4,40}$", "4 to 40 letters, digits or dashes");
    /** The company's own tag, stuck on the item by the vendor or by IT. */
    public static final Shape ASSET_TAG = Shape.of("^[A-Z0-9-]{4,20}$", "4 to 20 capitals, digits or dashes, e.g. HB-004211");

}
