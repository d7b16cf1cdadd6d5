package com.homebound.purchasing;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.equipment.Catalog;
import com.homebound.equipment.CatalogItem;
import com.homebound.equipment.ItemType;
import com.homebound.process.FormInput;

/** HR answers a rejected purchase: order again (maybe another model) or drop the item. */
@Component
public class RecordRejectionReview implements TaskListener {

    private final BundleItemRepository bundle;
    private final Catalog catalog;

    public RecordRejectionReview(BundleItemRepository bundle, Catalog catalog) {
        this.bundle = bundle;
        this.catalog = catalog;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String decision = in.oneOf("hrDecision", Set.of("resubmit", "cancel"));
        String alternative = in.optionalText("alternativeModel", 80);
        long itemId = (Long) task.getVariable("bundleItemId");
        BundleItem item = bundle.get(itemId);
        if ("cancel".equals(decision) && item.itemType() == ItemType.LAPTOP) {
            in.reject("hrDecision", "may not cancel a laptop: nobody works from home without one; order another model");
        }
        Optional<CatalogItem> replacement = Optional.empty();
        if ("resubmit".equals(decision) && alternative != null) {
            replacement = catalog.find(alternative);
            if (replacement.isEmpty() || replacement.get().itemType() != item.itemType()) {
                in.reject("alternativeModel", "must be a " + item.itemType().label() + " in the catalogue");
            }
        }
        in.validate();

        if ("cancel".equals(decision)) {
            bundle.moveTo(itemId, BundleItemState.CANCELLED);
        } else if (replacement.isPresent()) {
            bundle.changeModel(itemId, replacement.get().model());
            task.setVariable("unitPrice", replacement.get().unitPrice().doubleValue());
            task.setVariable("itemLabel", bundle.get(itemId).label());
        }
        in.keep("hrDecision");
        in.consume();
    }
}
