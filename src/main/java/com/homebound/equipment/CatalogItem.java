package com.homebound.equipment;

import java.math.BigDecimal;

/** A model the company buys, its price and vendor. */
public record CatalogItem(String model, ItemType itemType, BigDecimal unitPrice, String vendor, int leadTimeDays) {
}
