package com.homebound.purchasing;

/** A company Homebound buys equipment from; purchase orders go to its email address. */
public record Vendor(String name, String email) {
}
