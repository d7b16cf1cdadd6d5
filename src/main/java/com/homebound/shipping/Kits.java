package com.homebound.shipping;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.onboarding.OnboardingCaseRepository;

/**
 * One parcel per person: an item ready to ship joins its person's open kit, or opens one and starts
 * its kit-shipment process; the kit tells each of its items when they are in the employee's hands.
 */
@Component
public class Kits {

    static final String PROCESS = "kit-shipment";

    private final KitRepository kits;
    private final ShipmentRepository shipments;
    private final BundleItemRepository bundle;
    private final EmployeeRepository employees;
    private final OnboardingCaseRepository cases;
    private final RuntimeService runtimeService;

    public Kits(KitRepository kits, ShipmentRepository shipments, BundleItemRepository bundle, EmployeeRepository employees,
                OnboardingCaseRepository cases, RuntimeService runtimeService) {
        this.kits = kits;
        this.shipments = shipments;
        this.bundle = bundle;
        this.employees = employees;
        this.cases = cases;
        this.runtimeService = runtimeService;
    }

    /** Puts the item into the case's kit being packed, or opens a kit for it; returns the kit. */
    public long pack(long itemId, String businessKey, String employeeName) {
        BundleItem item = bundle.get(itemId);
        // Two items of one case ready at the same moment join one kit, never open two.
        cases.lock(item.caseId());
        var packing = kits.packingKitOf(item.caseId());
        if (packing.isPresent()) {
            kits.add(packing.get(), itemId);
            String carrier = shipments.find(packing.get()).orElseThrow().carrier();
            if (carrier != null) {
                bundle.assignCarrier(itemId, carrier);
            }
            // The kit waits at "Another item packed"; it counts again what is still to come. Should it not wait there
            // (yet), it counts later or seals when its wait is over, the item in it either way.
            runtimeService.createMessageCorrelation("ItemReady").processInstanceBusinessKey(businessKey)
                    .processInstanceVariableEquals("shipmentId", packing.get()).correlateAll();
            return packing.get();
        }
        long kitId = kits.open(item.caseId(), itemId, employees.ofBundleItem(itemId));
        runtimeService.startProcessInstanceByKey(PROCESS, businessKey, Map.of(
                "caseId", item.caseId(), "shipmentId", kitId, "employeeName", employeeName));
        return kitId;
    }

    public List<BundleItem> itemsOf(long shipmentId) {
        return kits.itemsOf(shipmentId);
    }

    public String labelOf(long shipmentId) {
        List<BundleItem> items = kits.itemsOf(shipmentId);
        return items.isEmpty() ? "parcel" : KitLabel.of(items);
    }

    /** A parcel its vendor sent to the employee arrived (no carrier task records it): its item is in the employee's hands. */
    public void vendorParcelDelivered(long shipmentId) {
        for (BundleItem item : kits.itemsOf(shipmentId)) {
            bundle.moveTo(item.id(), com.homebound.equipment.BundleItemState.DELIVERED);
        }
        tellItemsDelivered(shipmentId);
    }

    /** Each item's provisioning waits for its kit's delivery (then, for the laptop, training can be scheduled). */
    public void tellItemsDelivered(long shipmentId) {
        for (BundleItem item : kits.itemsOf(shipmentId)) {
            if (item.processInstanceId() != null) {
                runtimeService.createMessageCorrelation("ItemDelivered").processInstanceId(item.processInstanceId()).correlateAll();
            }
        }
    }
}
