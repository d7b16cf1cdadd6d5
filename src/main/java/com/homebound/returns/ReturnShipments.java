package com.homebound.returns;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.process.FormInput;
import com.homebound.shipping.Dispatch;
import com.homebound.shipping.Handover;
import com.homebound.shipping.ShipmentRepository;

/** What the two carrier tasks of a return have in common: read the handover, record the parcel. */
@Component
public class ReturnShipments {

    private final ShipmentRepository shipments;
    private final ReturnRepository returns;
    private final EmployeeRepository employees;
    private final Dispatch dispatch;

    public ReturnShipments(ShipmentRepository shipments, ReturnRepository returns, EmployeeRepository employees,
                           Dispatch dispatch) {
        this.shipments = shipments;
        this.returns = returns;
        this.employees = employees;
        this.dispatch = dispatch;
    }

    public record Recorded(EquipmentReturn ret, Employee employee, String carrier, String trackingNumber) {
    }

    public Recorded record(DelegateTask task) {
        FormInput in = FormInput.of(task);
        EquipmentReturn ret = returns.get((Long) task.getVariable("returnId"));
        Handover handover = Handover.read(in, returns.carrierOf(ret.id()), shipments);
        Employee employee = employees.get(ret.employeeId());
        dispatch.forReturn(ret.id(), handover, employee);
        in.consume();
        return new Recorded(ret, employee, handover.carrier(), handover.trackingNumber());
    }
}
