package com.homebound.shipping;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.notification.MailOutbox;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.OnboardingCaseRepository;
import com.homebound.process.FormInput;

/** The carrier has the kit: record the shipment and tell the employee how to follow it. */
@Component
public class RecordShipment implements TaskListener {

    private final ShipmentRepository shipments;
    private final BundleItemRepository bundle;
    private final OnboardingCaseRepository cases;
    private final ShowDeliveryAddress addresses;
    private final ReceiptLinks links;
    private final MailOutbox mail;
    private final Dispatch dispatch;
    private final Kits kits;

    public RecordShipment(ShipmentRepository shipments, BundleItemRepository bundle, OnboardingCaseRepository cases,
                          ShowDeliveryAddress addresses, ReceiptLinks links, MailOutbox mail, Dispatch dispatch, Kits kits) {
        this.dispatch = dispatch;
        this.shipments = shipments;
        this.bundle = bundle;
        this.cases = cases;
        this.addresses = addresses;
        this.links = links;
        this.mail = mail;
        this.kits = kits;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        long kitId = (Long) task.getVariable("shipmentId");
        Shipment kit = shipments.find(kitId).orElseThrow();
        Handover handover = Handover.read(in, kit.carrier(), shipments);

        Employee employee = addresses.recipientOf(task);
        dispatch.kit(kitId, handover);
        var items = kits.itemsOf(kitId);
        for (BundleItem item : items) {
            bundle.moveTo(item.id(), BundleItemState.SHIPPED);
        }
        mail.send(employee.reachableEmail(cases.get(kit.caseId()).caseType()), "shipment-dispatched", Map.of(
                "employeeName", employee.fullName(),
                "itemLabel", KitLabel.of(items),
                "carrier", handover.carrier(),
                "trackingNumber", handover.trackingNumber(),
                "trackingLink", handover.trackingLink(),
                "deliveryAddress", employee.homeAddress(),
                "receiptLink", links.linkFor(kitId)));
        in.consume();
    }
}
