package com.homebound.purchasing;

import java.time.LocalDate;

/** One line of a vendor's advance shipping notice (ASN). */
public record DeliveryNotice(String poNumber, Integer line, String serialNumber, String assetTag, LocalDate shipDate) {
}
