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

/** The carrier has the parcel: record the shipment and tell the employee how to follow it. */
@Component
public class RecordShipment implements TaskListener {

    private final ShipmentRepository shipments;
    private final BundleItemRepository bundle;
    private final OnboardingCaseRepository cases;
    private final ShowDeliveryAddress addresses;
    private final ReceiptLinks links;
    private final MailOutbox mail;
    private final Dispatch dispatch;

    public RecordShipment(ShipmentRepository shipments, BundleItemRepository bundle, OnboardingCaseRepository cases,
                          ShowDeliveryAddress addresses, ReceiptLinks links, MailOutbox mail, Dispatch dispatch) {
        this.dispatch = dispatch;
        this.shipments = shipments;
        this.bundle = bundle;
        this.cases = cases;
        this.addresses = addresses;
        this.links = links;
        this.mail = mail;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        long itemId = (Long) task.getVariable("bundleItemId");
        Handover handover = Handover.read(in, bundle.carrierOf(itemId), shipments);
        String trackingNumber = handover.trackingNumber();

        BundleItem item = bundle.get(itemId);
        Employee employee = addresses.recipientOf(task);
        long shipmentId = dispatch.toEmployee(itemId, handover, employee);
        bundle.moveTo(itemId, BundleItemState.SHIPPED);
        mail.send(employee.reachableEmail(cases.get(item.caseId()).caseType()), "shipment-dispatched", Map.of(
                "employeeName", employee.fullName(),
                "itemLabel", item.label(),
                "carrier", handover.carrier(),
                "trackingNumber", trackingNumber,
                "trackingLink", handover.trackingLink(),
                "deliveryAddress", employee.homeAddress(),
                "receiptLink", links.linkFor(shipmentId)));
        in.consume();
    }
}
