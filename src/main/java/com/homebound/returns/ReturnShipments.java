package com.homebound.returns;

import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.process.FormInput;
import com.homebound.shipping.Carrier;
import com.homebound.shipping.ShipmentRepository;
import com.homebound.tracking.TrackingEventRepository;

/** What the two carrier tasks of a return have in common: read carrier and tracking number, record the parcel. */
@Component
public class ReturnShipments {

    private static final Pattern TRACKING = Pattern.compile("^[A-Za-z0-9-]{6,40}$");

    private final ShipmentRepository shipments;
    private final ReturnRepository returns;
    private final EmployeeRepository employees;
    private final TrackingEventRepository trackingEvents;

    public ReturnShipments(ShipmentRepository shipments, ReturnRepository returns, EmployeeRepository employees,
                           TrackingEventRepository trackingEvents) {
        this.shipments = shipments;
        this.returns = returns;
        this.employees = employees;
        this.trackingEvents = trackingEvents;
    }

    public record Recorded(EquipmentReturn ret, Employee employee, String carrier, String trackingNumber) {
    }

    public Recorded record(DelegateTask task) {
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
        EquipmentReturn ret = returns.get((Long) task.getVariable("returnId"));
        Employee employee = employees.get(ret.employeeId());
        long shipmentId = shipments.shipForReturn(ret.id(), carrier.get().displayName(), trackingNumber, employee);
        trackingEvents.attachUnmatched(trackingNumber, shipmentId);
        in.consume();
        return new Recorded(ret, employee, carrier.get().displayName(), trackingNumber);
    }
}
