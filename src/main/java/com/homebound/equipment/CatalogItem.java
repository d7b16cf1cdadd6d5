package com.homebound.equipment;

import java.math.BigDecimal;

/**
 * A model the company buys, its price and vendor. A drop-ship model needs no imaging: bought, its
 * vendor delivers it straight to the employee's home.
 */
public record CatalogItem(String model, ItemType itemType, BigDecimal unitPrice, String vendor, int leadTimeDays, boolean dropShip) {
}
