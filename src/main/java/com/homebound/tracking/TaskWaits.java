package com.homebound.tracking;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps case_waiting_task in step with the engine's open user tasks, in the engine's own transaction
 * (the starter publishes every task event to Spring). The tracking views then ask one indexed table
 * what a case waits on, instead of querying the engine task by task.
 */
@Component
class TaskWaits {

    private final JdbcClient jdbc;

    TaskWaits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> opened(task);
            case TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_ASSIGNMENT -> changed(task);
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE ->
                    jdbc.sql("delete from case_waiting_task where task_id = ?").param(task.getId()).update();
            default -> { }
        }
    }

    private void opened(DelegateTask task) {
        Long caseId = caseOf(task);
        if (caseId == null) {
            return;
        }
        jdbc.sql("""
                insert into case_waiting_task (task_id, case_id, bundle_item_id, task_key, name, held_by, due_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(task.getId(), caseId, bundleItemOf(task), task.getTaskDefinitionKey(), task.getName() == null ? task.getTaskDefinitionKey() : task.getName(),
                        heldBy(task), time(task.getDueDate()), OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private void changed(DelegateTask task) {
        jdbc.sql("update case_waiting_task set held_by = ?, due_at = ? where task_id = ?")
                .params(heldBy(task), time(task.getDueDate()), task.getId()).update();
    }

    /** Cases' processes (and the item processes they call) carry the business key "case-{id}". */
    static Long caseOf(DelegateTask task) {
        String key = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        if (key == null || !key.startsWith("case-")) {
            return null;
        }
        try {
            return Long.valueOf(key.substring("case-".length()));
        } catch (NumberFormatException notACase) {
            return null;
        }
    }

    /** An item's own process (equipment provisioning) holds its item's id. */
    private static Long bundleItemOf(DelegateTask task) {
        Object id = task.getExecution().getVariable("bundleItemId");
        return id instanceof Number number ? number.longValue() : null;
    }

    /** The group the task is offered to (a task given to one person only: that person). */
    private static String heldBy(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElse(task.getAssignee());
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}
