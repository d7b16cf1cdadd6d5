package com.homebound.shipping;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.process.FormText;

/**
 * A carrier sees where to deliver, for which carrier and what is in the kit, on its task only;
 * nothing else about the person.
 */
@Component
public class ShowDeliveryAddress implements TaskListener {

    private final EmployeeRepository employees;
    private final ShipmentRepository shipments;
    private final KitRepository kits;

    public ShowDeliveryAddress(EmployeeRepository employees, ShipmentRepository shipments, KitRepository kits) {
        this.employees = employees;
        this.shipments = shipments;
        this.kits = kits;
    }

    @Override
    public void notify(DelegateTask task) {
        long kitId = (Long) task.getVariable("shipmentId");
        Employee employee = recipientOf(task);
        task.setVariableLocal("deliveryAddress", FormText.literal(employee.fullName() + ", " + employee.homeAddress() + " (phone " + employee.phone() + ")"));
        task.setVariableLocal("shipmentReference", ParcelReference.ofKit(kitId));
        task.setVariableLocal("assignedCarrier", shipments.find(kitId).orElseThrow().carrier());
        task.setVariableLocal("kitItems", FormText.literal(kits.itemsOf(kitId).stream()
                .map(item -> "- " + item.label() + " (" + ParcelReference.ofBundleItem(item.id()) + ")").collect(Collectors.joining("\n"))));
    }

    Employee recipientOf(DelegateTask task) {
        return employees.ofBundleItem(shipments.find((Long) task.getVariable("shipmentId")).orElseThrow().bundleItemId());
    }
}
