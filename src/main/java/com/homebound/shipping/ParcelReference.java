package com.homebound.shipping;

/**
 * Our reference for a parcel, given to the carrier as its order id, so a carrier may report a
 * parcel before anyone types its tracking number: "HB-K000012" is kit 12 (a shipment) to its
 * employee, "HB-000042" the kit that carries bundle item 42, "HB-R000007" brings back the equipment of return 7 (and is that return's business key).
 */
public final class ParcelReference {

    private ParcelReference() {
    }

    public static String ofBundleItem(long bundleItemId) {
        return String.format("HB-%06d", bundleItemId);
    }

    /** A kit: "HB-K000123" is shipment 123, the parcel of one person's items ready together. */
    public static String ofKit(long shipmentId) {
        return String.format("HB-K%06d", shipmentId);
    }

    /** The kit of a reference, or null if the text is not one. */
    public static Long kitOf(String reference) {
        return reference != null && reference.matches("HB-K\\d{6,18}") ? Long.valueOf(reference.substring(4)) : null;
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
