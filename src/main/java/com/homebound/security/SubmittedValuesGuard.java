package com.homebound.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;

import com.homebound.process.AsSystem;

import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A person completing a task or starting a process may send only the fields of its form, as plain
 * values. Without this a carrier could send "bundleItemId" with its tracking number and ship
 * someone else's parcel (the process trusts the ids it holds), and a Java-serialized object could
 * reach the engine. Homebound's own code, which runs without a person's authentication, is not
 * limited.
 */
class SubmittedValuesGuard extends CommandInterceptor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double", "date", "null");

    private final ProcessEngineConfigurationImpl engine;
    private final Map<String, Set<String>> formFields = new ConcurrentHashMap<>();
    private final AsSystem system;

    SubmittedValuesGuard(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
        this.system = new AsSystem(engine.getIdentityService());
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() == null && personCalling()) {
            check(command);
        }
        return next.execute(command);
    }

    private boolean personCalling() {
        Authentication auth = engine.getIdentityService().getCurrentAuthentication();
        return auth != null && auth.getUserId() != null;
    }

    private void check(Command<?> command) {
        if (command instanceof CompleteTaskCmd) { // and ResolveTaskCmd
            checkTaskFields(CommandFields.read(command, "taskId"), CommandFields.read(command, "variables"));
        } else if (command instanceof SubmitTaskFormCmd) {
            checkTaskFields(CommandFields.read(command, "taskId"), CommandFields.read(command, "properties"));
        } else if (command instanceof SubmitStartFormCmd) {
            checkStartFields(CommandFields.read(command, "processDefinitionId"), null, CommandFields.read(command, "variables"));
        } else if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl start = CommandFields.read(command, "instantiationBuilder");
            checkStartFields(start.getProcessDefinitionId(), start.getProcessDefinitionKey(), start.getVariables());
        } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            throw new RefusedRequest(403, "A process starts at its start event, with its start form");
        } else if (command instanceof AbstractSetVariableCmd) {
            checkPlain(CommandFields.read(command, "variables"));
        } else if (command instanceof AbstractPatchVariablesCmd) {
            checkPlain(CommandFields.read(command, "variables"));
        }
    }

    private void checkTaskFields(String taskId, Map<String, Object> submitted) {
        if (taskId == null) {
            throw new RefusedRequest(400, "Say which task to complete");
        }
        Task task = system.call(() -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            throw new RefusedRequest(404, "This task does not exist or has already been completed");
        }
        Set<String> allowed = formFields.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                key -> fieldsOf(() -> engine.getFormService().getDeployedTaskForm(taskId)));
        checkFields(submitted, allowed);
    }

    private void checkStartFields(String definitionId, String definitionKey, Map<String, Object> submitted) {
        if (submitted == null || submitted.isEmpty()) {
            return;
        }
        ProcessDefinition definition = system.call(() -> definitionId != null
                ? engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult()
                : engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(definitionKey).latestVersion().singleResult());
        if (definition == null) {
            return; // the engine answers that there is no such process
        }
        Set<String> allowed = formFields.computeIfAbsent(definition.getId() + "#start",
                key -> fieldsOf(() -> engine.getFormService().getDeployedStartForm(definition.getId())));
        checkFields(submitted, allowed);
    }

    private static void checkFields(Map<String, Object> submitted, Set<String> allowed) {
        if (submitted == null) {
            return;
        }
        Set<String> foreign = new TreeSet<>(submitted.keySet());
        foreign.removeAll(allowed);
        if (!foreign.isEmpty()) {
            throw new RefusedRequest(400, "These are not fields of this form: " + String.join(", ", foreign));
        }
        checkPlain(submitted);
    }

    /** Text, numbers, yes/no and dates: what a form sends. Objects (Java-serialized or JSON) are refused. */
    private static void checkPlain(Map<String, ?> submitted) {
        if (submitted == null) {
            return;
        }
        for (String name : submitted.keySet()) {
            // A VariableMap would try to deserialize an object to hand out its plain value.
            Object value = submitted instanceof VariableMap variables ? variables.getValueTyped(name) : submitted.get(name);
            boolean plain = value == null || value instanceof String || value instanceof Boolean || value instanceof Number
                    || value instanceof Date
                    || value instanceof TypedValue typed && (typed.getType() == null || PLAIN_TYPES.contains(typed.getType().getName()));
            if (!plain) {
                throw new RefusedRequest(400, name + ": send text, a number, true/false or a date, not an object");
            }
            Object text = value instanceof TypedValue typed ? typed.getValue() : value;
            // PostgreSQL cannot store a NUL character: refused here rather than failing at commit.
            if (text instanceof String string && string.indexOf('\u0000') >= 0) {
                throw new RefusedRequest(400, name + ": contains a character that is not text");
            }
        }
    }

    /** The keys of a deployed Camunda Form; none when the task or start has no form. */
    private Set<String> fieldsOf(Supplier<InputStream> form) {
        Set<String> keys = new HashSet<>();
        try (InputStream in = system.call(form)) {
            collectKeys(JSON.readTree(in).path("components"), keys);
        } catch (ProcessEngineException | IOException e) {
            return keys;
        }
        return keys;
    }

    private static void collectKeys(JsonNode components, Set<String> keys) {
        for (Iterator<JsonNode> it = components.elements(); it.hasNext(); ) {
            JsonNode component = it.next();
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collectKeys(component.path("components"), keys);
        }
    }

}
