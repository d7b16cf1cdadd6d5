package com.homebound.purchasing;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.Catalog;
import com.homebound.process.CurrentUser;
import com.homebound.process.FormInput;

@Component
public class RecordPurchaseDecision implements TaskListener {

    private final PurchaseOrderRepository orders;
    private final BundleItemRepository bundle;
    private final Catalog catalog;

    public RecordPurchaseDecision(PurchaseOrderRepository orders, BundleItemRepository bundle, Catalog catalog) {
        this.orders = orders;
        this.bundle = bundle;
        this.catalog = catalog;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String decision = in.oneOf("purchaseDecision", Set.of("approve", "reject"));
        String comment = in.optionalText("approvalComment", 1000);
        if ("reject".equals(decision) && comment == null) {
            in.reject("approvalComment", "is required when you reject the purchase: HR reads it");
        }
        in.validate();
        long itemId = (Long) task.getVariable("bundleItemId");
        BundleItem item = bundle.get(itemId);
        var model = catalog.get(item.model());
        orders.create(itemId, model, model.vendor(),
                "approve".equals(decision) ? PurchaseOrderStatus.APPROVED : PurchaseOrderStatus.REJECTED, CurrentUser.of(task), comment);
        in.keep("purchaseDecision");
        in.consume();
    }
}
