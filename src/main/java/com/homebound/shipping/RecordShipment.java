package com.homebound.shipping;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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
import com.homebound.tracking.TrackingEventRepository;

/** The carrier has the parcel: record the shipment and tell the employee how to follow it. */
@Component
public class RecordShipment implements TaskListener {

    private static final Pattern TRACKING = Pattern.compile("^[A-Za-z0-9-]{6,40}$");

    private final ShipmentRepository shipments;
    private final BundleItemRepository bundle;
    private final OnboardingCaseRepository cases;
    private final ShowDeliveryAddress addresses;
    private final ReceiptLinks links;
    private final MailOutbox mail;
    private final TrackingEventRepository trackingEvents;

    public RecordShipment(ShipmentRepository shipments, BundleItemRepository bundle, OnboardingCaseRepository cases,
                          ShowDeliveryAddress addresses, ReceiptLinks links, MailOutbox mail,
                          TrackingEventRepository trackingEvents) {
        this.trackingEvents = trackingEvents;
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
        String carrierName = in.text("carrier", 40);
        String trackingNumber = in.matching("trackingNumber", TRACKING, "6 to 40 letters, digits or dashes");
        Optional<Carrier> carrier = carrierName == null ? Optional.empty() : Carrier.byName(carrierName);
        if (carrierName != null && carrier.isEmpty()) {
            in.reject("carrier", "unknown carrier '" + carrierName + "'");
        }
        if (carrier.isPresent() && trackingNumber != null && shipments.trackingNumberKnown(carrier.get().displayName(), trackingNumber)) {
            in.reject("trackingNumber", "tracking number " + trackingNumber + " is already used by another shipment");
        }
        in.validate();

        long itemId = (Long) task.getVariable("bundleItemId");
        BundleItem item = bundle.get(itemId);
        Employee employee = addresses.recipientOf(task);
        long shipmentId = shipments.ship(itemId, carrier.get().displayName(), trackingNumber, employee);
        bundle.moveTo(itemId, BundleItemState.SHIPPED);
        trackingEvents.attachUnmatched(trackingNumber, shipmentId);
        mail.send(employee.reachableEmail(cases.get(item.caseId()).caseType()), "shipment-dispatched", Map.of(
                "employeeName", employee.fullName(),
                "itemLabel", item.label(),
                "carrier", carrier.get().displayName(),
                "trackingNumber", trackingNumber,
                "trackingLink", carrier.get().trackingLink(trackingNumber),
                "deliveryAddress", employee.homeAddress(),
                "receiptLink", links.linkFor(shipmentId)));
        in.consume();
    }
}
