package com.homebound.purchasing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.equipment.Receiving;
import com.homebound.process.FormInput;

/** IT received the item from the vendor: it becomes an asset with its serial number and tag, and the order is fulfilled. */
@Component
class RecordReceipt implements TaskListener {

    private final Receiving receiving;
    private final PurchaseOrderRepository orders;

    RecordReceipt(Receiving receiving, PurchaseOrderRepository orders) {
        this.receiving = receiving;
        this.orders = orders;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String serial = receiving.newSerialNumber(in);
        String tag = receiving.newAssetTag(in);
        in.validate();
        long itemId = (Long) task.getVariable("bundleItemId");
        receiving.asAsset(itemId, serial, tag);
        orders.markReceived(itemId);
        in.consume();
    }
}
