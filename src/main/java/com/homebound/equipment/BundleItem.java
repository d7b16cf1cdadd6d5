package com.homebound.equipment;

/** One line of a person's bundle: what they should receive and how far it has got. */
public record BundleItem(
        Long id,
        long caseId,
        ItemType itemType,
        String model,
        String source,
        BundleItemState state,
        Long assetId,
        String processInstanceId) {

    public static final String KEPT = "KEPT";
    public static final String STOCK = "STOCK";
    public static final String PURCHASE = "PURCHASE";

    /** "laptop (Lenovo ThinkPad E14 Gen 6)": how tasks and mails name the item. */
    public String label() {
        return itemType.label() + " (" + model + ")";
    }
}
