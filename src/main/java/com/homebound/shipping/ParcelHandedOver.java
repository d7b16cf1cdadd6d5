package com.homebound.shipping;

/** A carrier took a parcel under this tracking number; published in the transaction that recorded it. */
public record ParcelHandedOver(long shipmentId, String carrier, String trackingNumber) {
}
