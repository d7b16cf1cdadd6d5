package com.homebound.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The labels a user sees on a form (forms/*.form), so that a refusal names the field as shown in
 * Tasklist ("Start date") rather than by its key ("startDate").
 */
final class FormLabels {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Map<String, String>> BY_FORM = new ConcurrentHashMap<>();

    private FormLabels() {
    }

    /** Key to label for the form the user filled in: the task's form, or the process's start form. */
    static Map<String, String> of(VariableScope scope) {
        String formId = formIdOf(scope);
        return formId == null ? Map.of() : BY_FORM.computeIfAbsent(formId, FormLabels::load);
    }

    /** Key to label for a form by its id ("onboarding-start"). */
    static Map<String, String> ofForm(String formId) {
        return BY_FORM.computeIfAbsent(formId, FormLabels::load);
    }

    private static String formIdOf(VariableScope scope) {
        try {
            if (scope instanceof DelegateTask task) {
                ModelElementInstance element = task.getBpmnModelElementInstance();
                return element instanceof UserTask userTask ? userTask.getCamundaFormRef() : null;
            }
            if (scope instanceof DelegateExecution execution && execution.getBpmnModelInstance() != null) {
                return execution.getBpmnModelInstance().getModelElementsByType(StartEvent.class).stream()
                        .map(StartEvent::getCamundaFormRef).filter(ref -> ref != null).findFirst().orElse(null);
            }
        } catch (RuntimeException e) {
            // Without a model (a scope built by hand) the keys name the fields.
        }
        return null;
    }

    private static Map<String, String> load(String formId) {
        Map<String, String> labels = new HashMap<>();
        try (InputStream in = FormLabels.class.getClassLoader().getResourceAsStream("forms/" + formId + ".form")) {
            if (in != null) {
                collect(JSON.readTree(in).path("components"), labels);
            }
        } catch (IOException e) {
            // An unreadable form leaves the keys to name the fields.
        }
        return labels;
    }

    private static void collect(JsonNode components, Map<String, String> labels) {
        for (JsonNode component : components) {
            String key = component.path("key").asText(null);
            String label = component.path("label").asText(null);
            if (key != null && label != null && !label.isBlank()) {
                // "Manager (user id)" reads as "Manager is required": the hint in brackets is for the form only.
                int hint = label.indexOf(" (");
                labels.put(key, (hint > 0 ? label.substring(0, hint) : label).trim());
            }
            collect(component.path("components"), labels);
        }
    }
}
