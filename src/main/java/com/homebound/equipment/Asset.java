package com.homebound.equipment;

/** One physical, serial-numbered item. */
public record Asset(Long id, ItemType itemType, String model, String serialNumber, String assetTag, String state) {
    public static final String IN_STOCK = "IN_STOCK";
    public static final String ASSIGNED = "ASSIGNED";
    public static final String DISPOSED = "DISPOSED";
}
