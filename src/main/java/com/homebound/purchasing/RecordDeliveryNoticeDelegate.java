package com.homebound.purchasing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.equipment.Receiving;

/**
 * The vendor's delivery notice names the serial number (and the asset tag when the vendor tags
 * for us): the item becomes an asset. Without a tag, IT tags it on arrival.
 */
@Component
public class RecordDeliveryNoticeDelegate implements JavaDelegate {

    private final PurchaseOrderRepository orders;
    private final BundleItemRepository bundle;
    private final Receiving receiving;

    public RecordDeliveryNoticeDelegate(PurchaseOrderRepository orders, BundleItemRepository bundle, Receiving receiving) {
        this.orders = orders;
        this.bundle = bundle;
        this.receiving = receiving;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long itemId = (Long) execution.getVariable("bundleItemId");
        DeliveryNotice notice = orders.noticeFor(itemId)
                .orElseThrow(() -> new IllegalStateException("No delivery notice recorded for item " + itemId));
        orders.markReceived(itemId);
        boolean tagged = notice.assetTag() != null;
        if (tagged) {
            receiving.asAsset(itemId, notice.serialNumber(), notice.assetTag());
        } else {
            bundle.moveTo(itemId, BundleItemState.RECEIVED);
        }
        execution.setVariable("assetTagKnown", tagged);
    }
}
