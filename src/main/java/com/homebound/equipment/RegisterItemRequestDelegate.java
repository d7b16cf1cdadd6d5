package com.homebound.equipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Links the bundle item to this provisioning and gives the process what it branches on and names
 * tasks with: the item's type and label, whether the employee keeps their laptop, and its price.
 */
@Component
public class RegisterItemRequestDelegate implements JavaDelegate {

    private final BundleItemRepository bundle;
    private final Catalog catalog;

    public RegisterItemRequestDelegate(BundleItemRepository bundle, Catalog catalog) {
        this.bundle = bundle;
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long itemId = (Long) execution.getVariable("bundleItemId");
        BundleItem item = bundle.get(itemId);
        bundle.startProvisioning(itemId, item.source(), execution.getProcessInstanceId());
        execution.setVariable("itemType", item.itemType().name());
        execution.setVariable("itemLabel", item.label());
        boolean kept = BundleItem.KEPT.equals(item.source());
        execution.setVariable("keptByEmployee", kept);
        execution.setVariable("dropShipped", false);
        if (kept) {
            execution.setVariable("source", BundleItem.KEPT);
        } else {
            // What purchase-approval.dmn weighs, should the item have to be bought.
            execution.setVariable("unitPrice", catalog.get(item.model()).unitPrice().doubleValue());
        }
    }
}
