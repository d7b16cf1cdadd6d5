package com.homebound.tracking;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.homebound.process.AsSystem;

/**
 * Keeps case_waiting_task in step with the engine's open user tasks, in the engine's own transaction
 * (the starter publishes every task event to Spring). The tracking views then ask one indexed table
 * what a case waits on, instead of querying the engine task by task.
 */
@Component
class TaskWaits {

    private static final Logger log = LoggerFactory.getLogger(TaskWaits.class);

    private final JdbcClient jdbc;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final AsSystem asSystem;

    TaskWaits(JdbcClient jdbc, TaskService taskService, RuntimeService runtimeService, AsSystem asSystem) {
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
    }

    /**
     * Tasks opened before this table existed (an upgrade) are copied once from the engine, so the
     * tracking page knows what those cases wait on without waiting for their next step.
     */
    @EventListener(ApplicationReadyEvent.class)
    void copyTasksOpenedBefore() {
        if (jdbc.sql("select count(*) from case_waiting_task").query(Integer.class).single() > 0) {
            return;
        }
        asSystem.call(() -> {
            List<Task> tasks = taskService.createTaskQuery().list();
            List<String> instances = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).distinct().toList();
            Map<String, String> keys = new HashMap<>();
            for (int from = 0; from < instances.size(); from += 1000) {
                Set<String> chunk = Set.copyOf(instances.subList(from, Math.min(instances.size(), from + 1000)));
                runtimeService.createProcessInstanceQuery().processInstanceIds(chunk).list()
                        .forEach(pi -> keys.put(pi.getId(), pi.getBusinessKey()));
            }
            int copied = 0;
            for (Task task : tasks) {
                Long caseId = caseOf(keys.get(task.getProcessInstanceId()));
                if (caseId == null) {
                    continue;
                }
                String group = taskService.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .map(IdentityLink::getGroupId).findFirst().orElse(task.getAssignee());
                try {
                    jdbc.sql("""
                            insert into case_waiting_task (task_id, case_id, bundle_item_id, task_key, name, held_by, due_at, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                            // As the live listener reads it: from the task's own scope up, where an item's process holds its id.
                            .params(task.getId(), caseId, runtimeService.getVariable(task.getExecutionId(), "bundleItemId") instanceof Number n
                                    ? n.longValue() : null, task.getTaskDefinitionKey(),
                                    task.getName() == null ? task.getTaskDefinitionKey() : task.getName(), group, time(task.getDueDate()),
                                    time(task.getCreateTime()))
                            .update();
                    copied++;
                } catch (DuplicateKeyException anotherNodeCopiedIt) {
                    // Two nodes starting together copy the same tasks: the first copy stands.
                }
            }
            log.info("Copied {} open tasks of cases into case_waiting_task", copied);
            return null;
        });
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

    static Long caseOf(DelegateTask task) {
        return caseOf(task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey());
    }

    /** Cases' processes (and the item processes they call) carry the business key "case-{id}". */
    static Long caseOf(String key) {
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
