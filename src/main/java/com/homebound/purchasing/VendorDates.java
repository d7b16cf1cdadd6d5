package com.homebound.purchasing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.springframework.stereotype.Component;

import com.homebound.process.Deadlines;

/** The dates of a purchase that the provisioning diagram's due dates and timers read, as ${vendorDates.…}. */
@Component("vendorDates")
public class VendorDates {

    private final PurchaseOrderRepository orders;

    VendorDates(PurchaseOrderRepository orders) {
        this.orders = orders;
    }

    /** The day the vendor promised: when IT's receive task is due. */
    public Date expectedDeliveryOf(long bundleItemId) {
        return startOf(promisedDay(bundleItemId));
    }

    /** A vendor is late once the whole promised day has passed. */
    public Date lateAfter(long bundleItemId) {
        return startOf(promisedDay(bundleItemId).plusDays(1));
    }

    private LocalDate promisedDay(long bundleItemId) {
        return orders.latestFor(bundleItemId).map(PurchaseOrder::expectedDelivery).orElse(Deadlines.today());
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
