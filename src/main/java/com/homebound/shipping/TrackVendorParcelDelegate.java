package com.homebound.shipping;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.notification.MailOutbox;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.onboarding.OnboardingCaseRepository;

/**
 * "Track vendor's parcel": the vendor sent the item to the employee's home under the carrier and
 * tracking number of its delivery notice. It becomes a shipment of its own (not a kit of IT's),
 * followed like any other, and the employee is mailed how to follow it and confirm it arrived.
 */
@Component
public class TrackVendorParcelDelegate implements JavaDelegate {

    private final KitRepository kits;
    private final ShipmentRepository shipments;
    private final BundleItemRepository bundle;
    private final EmployeeRepository employees;
    private final OnboardingCaseRepository cases;
    private final ReceiptLinks links;
    private final MailOutbox mail;
    private final ApplicationEventPublisher events;

    public TrackVendorParcelDelegate(KitRepository kits, ShipmentRepository shipments, BundleItemRepository bundle,
                                     EmployeeRepository employees, OnboardingCaseRepository cases, ReceiptLinks links,
                                     MailOutbox mail, ApplicationEventPublisher events) {
        this.kits = kits;
        this.shipments = shipments;
        this.bundle = bundle;
        this.employees = employees;
        this.cases = cases;
        this.links = links;
        this.mail = mail;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long itemId = (Long) execution.getVariable("bundleItemId");
        String carrierText = (String) execution.getVariable("vendorCarrier");
        String trackingNumber = (String) execution.getVariable("vendorTrackingNumber");
        // Refused here, the vendor's notice line is reported with this reason and changes nothing.
        Carrier carrier = Carrier.byName(carrierText).or(() -> Carrier.bySlug(carrierText == null ? null : carrierText.toLowerCase()))
                .orElseThrow(() -> new IllegalArgumentException("carrier must be one of " + java.util.Arrays.stream(Carrier.values())
                        .map(Carrier::displayName).toList() + ", got '" + carrierText + "'"));
        if (!Shipment.TRACKING_NUMBER.fits(trackingNumber)) {
            throw new IllegalArgumentException("tracking_number must be " + Shipment.TRACKING_NUMBER.description());
        }
        if (shipments.trackingNumberKnown(carrier.displayName(), trackingNumber)) {
            throw new IllegalArgumentException("tracking_number " + trackingNumber + " is already used by another shipment");
        }
        BundleItem item = bundle.get(itemId);
        Employee employee = employees.ofBundleItem(itemId);
        long shipmentId = kits.fromVendor(item.caseId(), itemId, carrier.displayName(), trackingNumber, employee);
        bundle.assignCarrier(itemId, carrier.displayName());
        bundle.moveTo(itemId, BundleItemState.SHIPPED);
        events.publishEvent(new ParcelHandedOver(shipmentId, carrier.displayName(), trackingNumber));
        mail.send(employee.reachableEmail(cases.get(item.caseId()).caseType()), "shipment-dispatched", Map.of(
                "employeeName", employee.fullName(),
                "itemLabel", item.label(),
                "carrier", carrier.displayName(),
                "trackingNumber", trackingNumber,
                "trackingLink", carrier.trackingLink(trackingNumber),
                "deliveryAddress", employee.homeAddress(),
                "receiptLink", links.linkFor(shipmentId)));
        execution.removeVariable("vendorCarrier");
        execution.removeVariable("vendorTrackingNumber");
    }
}
