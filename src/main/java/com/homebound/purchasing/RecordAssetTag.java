package com.homebound.purchasing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.equipment.Receiving;
import com.homebound.process.FormInput;

/** IT sticks the company tag on an item the vendor delivered untagged. */
@Component
class RecordAssetTag implements TaskListener {

    private final PurchaseOrderRepository orders;
    private final Receiving receiving;

    RecordAssetTag(PurchaseOrderRepository orders, Receiving receiving) {
        this.orders = orders;
        this.receiving = receiving;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String tag = receiving.newAssetTag(in);
        in.validate();
        long itemId = (Long) task.getVariable("bundleItemId");
        String serial = orders.noticeFor(itemId)
                .orElseThrow(() -> new IllegalStateException("No delivery notice recorded for item " + itemId)).serialNumber();
        receiving.asAsset(itemId, serial, tag);
        in.consume();
    }
}
