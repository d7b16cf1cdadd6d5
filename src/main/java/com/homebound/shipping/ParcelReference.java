package com.homebound.shipping;

/**
 * Our reference for a parcel, given to the carrier as its order id, so a carrier may report a
 * parcel before anyone types its tracking number: "HB-000042" carries bundle item 42 to its
 * employee, "HB-R000007" brings back the equipment of return 7 (and is that return's business key).
 */
public final class ParcelReference {

    private ParcelReference() {
    }

    public static String ofBundleItem(long bundleItemId) {
        return String.format("HB-%06d", bundleItemId);
    }

    public static String ofReturn(long returnId) {
        return String.format("HB-R%06d", returnId);
    }

    /** The bundle item of a reference, or null if the text is not one. */
    public static Long bundleItemOf(String reference) {
        return reference != null && reference.matches("HB-\\d{6,18}") ? Long.valueOf(reference.substring(3)) : null;
    }

    /** The return of a reference, or null if the text is not one. */
    public static Long returnOf(String reference) {
        return reference != null && reference.matches("HB-R\\d{6,18}") ? Long.valueOf(reference.substring(4)) : null;
    }
}
