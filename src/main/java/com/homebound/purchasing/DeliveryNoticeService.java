package com.homebound.purchasing;


import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.homebound.equipment.Asset;
import com.homebound.equipment.AssetRepository;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.importing.ImportReport;
import com.homebound.process.AsSystem;
import com.homebound.process.Deadlines;
import com.homebound.process.Plausible;

/**
 * Applies delivery notices line by line, each in its own transaction: a bad line is reported and
 * changes nothing, the good ones move their purchase on, and a line sent again is skipped.
 */
@Service
public class DeliveryNoticeService {

    enum Outcome { APPLIED, ALREADY_APPLIED }

    static class Rejected extends RuntimeException {
        Rejected(String reason) {
            super(reason);
        }
    }

    private final PurchaseOrderRepository orders;
    private final BundleItemRepository bundle;
    private final AssetRepository assets;
    private final RuntimeService runtimeService;
    private final AsSystem asSystem;
    private final TransactionTemplate transaction;

    public DeliveryNoticeService(PurchaseOrderRepository orders, BundleItemRepository bundle, AssetRepository assets,
                                 RuntimeService runtimeService, AsSystem asSystem, PlatformTransactionManager transactions) {
        this.orders = orders;
        this.bundle = bundle;
        this.assets = assets;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Applies one line for IT, who may notify for any vendor. */
    public void apply(int lineNumber, DeliveryNotice notice, ImportReport report) {
        apply(lineNumber, notice, null, report);
    }

    /**
     * Applies one line; its problems go to the report under {@code lineNumber}. With a vendor,
     * only that vendor's orders may be notified.
     */
    public void apply(int lineNumber, DeliveryNotice notice, String onlyForVendor, ImportReport report) {
        try {
            Outcome outcome = asSystem.call(() -> transaction.execute(tx -> applyInTransaction(notice, onlyForVendor)));
            if (outcome == Outcome.APPLIED) {
                report.applied();
            } else {
                report.alreadyApplied();
            }
        } catch (Rejected e) {
            report.reject(lineNumber, e.getMessage());
        } catch (RuntimeException e) {
            // Whatever went wrong, this line was rolled back alone; the next lines still go through.
            report.reject(lineNumber, "could not be applied: " + ImportReport.reasonOf(e));
        }
    }

    private Outcome applyInTransaction(DeliveryNotice notice, String onlyForVendor) {
        check(notice);
        Long orderId = PurchaseOrder.idOf(notice.poNumber());
        PurchaseOrder order = orders.find(orderId)
                .filter(po -> onlyForVendor == null || onlyForVendor.equals(po.vendor()))
                .orElseThrow(() -> new Rejected("no purchase order " + notice.poNumber() + (onlyForVendor == null ? "" : " from " + onlyForVendor)));
        PurchaseOrderLine line = orders.findLine(orderId, notice.line())
                .orElseThrow(() -> new Rejected(notice.poNumber() + " has no line " + notice.line()));
        if (line.bundleItemId() == null) {
            return applyToQuantityLine(order, line, notice);
        }
        if (line.noticed()) {
            if (line.serialNumber().equals(notice.serialNumber())) {
                return Outcome.ALREADY_APPLIED;
            }
            throw new Rejected(notice.poNumber() + " line " + notice.line() + " was already delivered with serial number " + line.serialNumber());
        }
        if (order.status() != PurchaseOrderStatus.PLACED) {
            throw new Rejected(notice.poNumber() + " is " + order.status().name().toLowerCase() + ", not awaiting delivery");
        }
        checkNewUnit(notice);
        if (line.shipToHome() && (notice.carrier() == null || notice.trackingNumber() == null)) {
            throw new Rejected(notice.poNumber() + " line " + notice.line() + " goes to the employee's home: carrier and"
                    + " tracking_number are required, so the parcel can be followed");
        }
        orders.recordNotice(line.id(), notice.serialNumber(), notice.assetTag(), notice.shipDate());
        delivered(line.bundleItemId(), notice);
        return Outcome.APPLIED;
    }

    /**
     * A line of a wave's order buys a quantity of a model: each notice row (one serial number) moves
     * the first of its items still awaited on, and a serial number beyond the quantity is refused.
     */
    private Outcome applyToQuantityLine(PurchaseOrder order, PurchaseOrderLine line, DeliveryNotice notice) {
        var items = orders.itemsOnLine(order.id(), line.lineNo());
        if (items.stream().anyMatch(item -> notice.serialNumber().equals(item.serialNumber()))) {
            return Outcome.ALREADY_APPLIED;
        }
        WaveOrderItem next = items.stream().filter(item -> item.awaited() && item.serialNumber() == null).findFirst()
                .orElseThrow(() -> new Rejected(notice.poNumber() + " line " + line.lineNo() + " is for " + line.quantity() + " × "
                        + line.model() + (line.quantity() == 0 ? " (cancelled)" : line.quantity() == 1 ? ", delivered already"
                        : ", all " + line.quantity() + " delivered already") + ": serial number " + notice.serialNumber()
                        + " is one more than ordered"));
        if (order.status() != PurchaseOrderStatus.PLACED) {
            throw new Rejected(notice.poNumber() + " is " + order.status().name().toLowerCase() + ", not awaiting delivery");
        }
        checkNewUnit(notice);
        orders.recordNotice(next, notice.serialNumber(), notice.assetTag(), notice.shipDate());
        delivered(next.bundleItemId(), notice);
        return Outcome.APPLIED;
    }

    private void checkNewUnit(DeliveryNotice notice) {
        if (assets.serialNumberKnown(notice.serialNumber()) || orders.serialNumberOnAnyLine(notice.serialNumber())) {
            throw new Rejected("serial number " + notice.serialNumber() + " is already known");
        }
        if (notice.assetTag() != null && assets.assetTagKnown(notice.assetTag())) {
            throw new Rejected("asset tag " + notice.assetTag() + " is already on another asset");
        }
    }

    private void delivered(long bundleItemId, DeliveryNotice notice) {
        String processInstanceId = bundle.get(bundleItemId).processInstanceId();
        try {
            var correlation = runtimeService.createMessageCorrelation("VendorDelivered").processInstanceId(processInstanceId);
            if (notice.trackingNumber() != null) {
                // A parcel the vendor sends to the employee's home: the provisioning tracks it under these (no personal data).
                correlation.setVariable("vendorCarrier", notice.carrier()).setVariable("vendorTrackingNumber", notice.trackingNumber());
            }
            correlation.correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Rejected(notice.poNumber() + " line " + notice.line() + " is not awaiting delivery (received by hand already?)");
        }
    }

    private static void check(DeliveryNotice notice) {
        if (PurchaseOrder.idOf(notice.poNumber()) == null) {
            throw new Rejected("po_number must look like PO-000042, got '" + shown(notice.poNumber()) + "'");
        }
        if (notice.line() == null || notice.line() < 1) {
            throw new Rejected("line must be a line number from 1");
        }
        if (!Asset.SERIAL_NUMBER.fits(notice.serialNumber())) {
            throw new Rejected("serial_number must be " + Asset.SERIAL_NUMBER.description() + ", got '" + shown(notice.serialNumber()) + "'");
        }
        if (notice.assetTag() != null && !Asset.ASSET_TAG.fits(notice.assetTag())) {
            throw new Rejected("asset_tag must be " + Asset.ASSET_TAG.description() + ", got '" + shown(notice.assetTag()) + "'");
        }
        if (notice.shipDate() == null) {
            throw new Rejected("ship_date is required (2026-11-20)");
        }
        if (notice.shipDate().isAfter(Deadlines.today().plusDays(1))) {
            throw new Rejected("ship_date " + notice.shipDate() + " is in the future");
        }
        if (notice.shipDate().isBefore(Plausible.EARLIEST)) {
            throw new Rejected("ship_date must be between " + Plausible.EARLIEST + " and today");
        }
    }

    /** A vendor's value quoted back in a reason, cut short: a 5,000-character cell is a mistake, not a message. */
    static String shown(String value) {
        return value == null || value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
