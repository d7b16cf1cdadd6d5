package com.homebound.shipping;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.onboarding.OnboardingCaseRepository;

/**
 * "Seal kit": nothing more joins it (an item ready later ships in a kit of its own); its items take
 * the kit's carrier, and the carrier's tasks name what is inside.
 */
@Component
public class SealKitDelegate implements JavaDelegate {

    private final KitRepository kits;
    private final ShipmentRepository shipments;
    private final BundleItemRepository bundle;
    private final OnboardingCaseRepository cases;

    public SealKitDelegate(KitRepository kits, ShipmentRepository shipments, BundleItemRepository bundle, OnboardingCaseRepository cases) {
        this.kits = kits;
        this.shipments = shipments;
        this.bundle = bundle;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long kitId = (Long) execution.getVariable("shipmentId");
        // After an item packing at this moment, or before it: then it opens a kit of its own.
        cases.lock((Long) execution.getVariable("caseId"));
        kits.seal(kitId);
        String carrier = shipments.find(kitId).orElseThrow().carrier();
        var items = kits.itemsOf(kitId);
        for (BundleItem item : items) {
            bundle.assignCarrier(item.id(), carrier);
        }
        execution.setVariable("itemLabel", KitLabel.of(items));
        execution.setVariable("itemCount", items.size());
    }
}
