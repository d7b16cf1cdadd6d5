package com.homebound.shipping;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;


/**
 * The carrier's tasks: ship a kit (ShipToHome), confirm its delivery (ConfirmDelivery), collect
 * a return (CollectReturn). Besides Tasklist, the carrier's own reports and the employee's receipt
 * link complete them, here and nowhere else.
 */
@Component
public class CarrierTasks {

    private final TaskService taskService;
    private final KitRepository kits;

    public CarrierTasks(TaskService taskService, KitRepository kits) {
        this.taskService = taskService;
        this.kits = kits;
    }

    /**
     * The carrier took the parcel under our reference: completes its task with the tracking number,
     * as if typed in Tasklist. False if no such task is open for this carrier, the one the parcel was assigned to.
     */
    public boolean handOver(String reference, Carrier carrier, String trackingNumber) {
        Task task = openTaskFor(reference, carrier);
        if (task == null) {
            return false;
        }
        taskService.complete(task.getId(), Map.of("trackingNumber", trackingNumber));
        return true;
    }

    /** Completes the kit's delivery confirmation; false if none is open (delivered already, or not shipped yet). */
    public boolean confirmDelivery(long shipmentId, LocalDate deliveredOn, String confirmedBy) {
        Task confirm = kitTasks(shipmentId).taskDefinitionKey("ConfirmDelivery").singleResult();
        if (confirm == null) {
            return false;
        }
        taskService.complete(confirm.getId(), Map.of("deliveredOn", deliveredOn.toString(), "confirmedBy", confirmedBy));
        return true;
    }

    private TaskQuery kitTasks(long shipmentId) {
        return taskService.createTaskQuery().processDefinitionKey(Kits.PROCESS).processVariableValueEquals("shipmentId", shipmentId);
    }

    // Offered to the carrier's group only, as in Tasklist: another carrier's report completes nothing.
    private Task openTaskFor(String reference, Carrier carrier) {
        Long kitId = ParcelReference.kitOf(reference);
        Long itemId = ParcelReference.bundleItemOf(reference);
        Long returnId = ParcelReference.returnOf(reference);
        if (kitId == null && itemId != null) {
            // An item's reference, as labels printed before kits carried it: the kit the item travels in.
            kitId = kits.kitOf(itemId).orElse(null);
        }
        TaskQuery query;
        if (kitId != null) {
            query = kitTasks(kitId).taskDefinitionKey("ShipToHome");
        } else if (returnId != null) {
            query = taskService.createTaskQuery().processInstanceBusinessKey(ParcelReference.ofReturn(returnId)).taskDefinitionKey("CollectReturn");
        } else {
            return null;
        }
        return query.taskCandidateGroup(carrier.group()).includeAssignedTasks().singleResult();
    }
}
