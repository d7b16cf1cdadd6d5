package com.homebound.equipment;

/** Where an asset is: on the shelf, with a person, or gone for good. */
public enum AssetState {
    IN_STOCK,
    ASSIGNED,
    DISPOSED
}
