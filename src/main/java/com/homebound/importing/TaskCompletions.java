package com.homebound.importing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes the tasks an upload's good lines stand for, as the person who uploaded it: the engine
 * checks that they may work each task and runs its form's listener, exactly as when they submit the
 * form in Tasklist. A chunk of lines shares one transaction, so a 2,500-line file is 25 short
 * transactions rather than 2,500 or one long one; if any line of a chunk fails, the chunk is rolled
 * back and its lines are completed one by one, so only the failing line is refused.
 */
@Component
public class TaskCompletions {

    private static final Logger log = LoggerFactory.getLogger(TaskCompletions.class);

    /** A line that completes a task with a form's values; {@code words} say what it did. */
    public record Completion(int line, String subject, String taskId, Map<String, Object> values, String words) {
    }

    private final TaskService taskService;
    private final TransactionTemplate transaction;

    public TaskCompletions(TaskService taskService, PlatformTransactionManager transactions) {
        this.taskService = taskService;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The open tasks with this key of these processes, by process, that the caller may see: the engine's
     * authorizations apply to the query, so a task offered to another group is not found.
     */
    public Map<String, String> openTasks(Collection<String> processInstanceIds, String taskDefinitionKey) {
        Map<String, String> tasks = new HashMap<>();
        if (!processInstanceIds.isEmpty()) {
            for (Task task : taskService.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                    .taskDefinitionKey(taskDefinitionKey).list()) {
                tasks.put(task.getProcessInstanceId(), task.getId());
            }
        }
        return tasks;
    }

    /** Completes every line's task, reporting each line; a dry run completes nothing and reports what would be done. */
    public void complete(List<Completion> chunk, LineReport report) {
        if (chunk.isEmpty()) {
            return;
        }
        if (report.isDryRun()) {
            chunk.forEach(c -> report.done(c.line(), c.subject(), c.words()));
            return;
        }
        try {
            transaction.executeWithoutResult(tx -> chunk.forEach(c -> taskService.complete(c.taskId(), c.values())));
            chunk.forEach(c -> report.done(c.line(), c.subject(), c.words()));
        } catch (RuntimeException chunkFailed) {
            for (Completion c : chunk) {
                try {
                    transaction.executeWithoutResult(tx -> taskService.complete(c.taskId(), c.values()));
                    report.done(c.line(), c.subject(), c.words());
                } catch (RuntimeException e) {
                    report.refused(c.line(), c.subject(), whyRefused(e));
                }
            }
        }
    }

    private static String whyRefused(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException invalid) {
                return invalid.getMessage();
            }
            if (cause instanceof AuthorizationException) {
                return "your user may not complete this task: it is offered to another group";
            }
            if (cause instanceof NullValueException || cause instanceof OptimisticLockingException) {
                return "its task was completed meanwhile (in Tasklist, or by another upload)";
            }
            if (cause instanceof BadUserRequestException refused) {
                return refused.getMessage(); // a guard's "no", in words
            }
        }
        log.warn("A line of an upload could not complete its task", e);
        return "could not be applied: " + ImportReport.reasonOf(e);
    }
}
