package com.homebound.shipping;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItemRepository;

/**
 * The carrier's tasks: ship an item (ShipToHome), confirm its delivery (ConfirmDelivery), collect
 * a return (CollectReturn). Besides Tasklist, the carrier's own reports and the employee's receipt
 * link complete them, here and nowhere else.
 */
@Component
public class CarrierTasks {

    private final TaskService taskService;
    private final BundleItemRepository bundle;

    public CarrierTasks(TaskService taskService, BundleItemRepository bundle) {
        this.taskService = taskService;
        this.bundle = bundle;
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

    /** Completes the item's delivery confirmation; false if none is open (delivered already, or not shipped yet). */
    public boolean confirmDelivery(long bundleItemId, LocalDate deliveredOn, String confirmedBy) {
        Task confirm = taskService.createTaskQuery().processInstanceId(bundle.get(bundleItemId).processInstanceId())
                .taskDefinitionKey("ConfirmDelivery").singleResult();
        if (confirm == null) {
            return false;
        }
        taskService.complete(confirm.getId(), Map.of("deliveredOn", deliveredOn.toString(), "confirmedBy", confirmedBy));
        return true;
    }

    // Offered to the carrier's group only, as in Tasklist: another carrier's report completes nothing.
    private Task openTaskFor(String reference, Carrier carrier) {
        Long itemId = ParcelReference.bundleItemOf(reference);
        Long returnId = ParcelReference.returnOf(reference);
        TaskQuery query;
        if (itemId != null) {
            var item = bundle.find(itemId);
            if (item.isEmpty() || item.get().processInstanceId() == null) {
                return null;
            }
            query = taskService.createTaskQuery().processInstanceId(item.get().processInstanceId()).taskDefinitionKey("ShipToHome");
        } else if (returnId != null) {
            query = taskService.createTaskQuery().processInstanceBusinessKey(ParcelReference.ofReturn(returnId)).taskDefinitionKey("CollectReturn");
        } else {
            return null;
        }
        return query.taskCandidateGroup(carrier.group()).includeAssignedTasks().singleResult();
    }
}
