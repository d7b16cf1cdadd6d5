package com.homebound.tracking;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.homebound.onboarding.EmployeeRepository;
import com.homebound.process.FormText;
import com.homebound.shipping.Shipment;

/**
 * Opens a parcel incident (bpmn/parcel-incident.bpmn) when bpmn/parcel-incident-rules.dmn says a
 * report calls for one: which reports do is the business's to decide, not this class's.
 */
@Component
class ParcelIncidents {

    static final String RULES = "parcel-incident-rules";

    private final DecisionService decisions;
    private final RuntimeService runtimeService;
    private final EmployeeRepository employees;

    ParcelIncidents(DecisionService decisions, RuntimeService runtimeService, EmployeeRepository employees) {
        this.decisions = decisions;
        this.runtimeService = runtimeService;
        this.employees = employees;
    }

    /** One incident of a kind at a time per parcel; a return parcel has nobody at home to call, so none. */
    void openIfTheRulesSay(Shipment parcel, TrackingStatus status, int failedAttempts, String carrierMessage) {
        if (parcel.bundleItemId() == null) {
            return;
        }
        DmnDecisionResultEntries rule = decisions.evaluateDecisionByKey(RULES).variables(Variables.createVariables()
                .putValue("status", status.name()).putValue("failedAttempts", failedAttempts)).evaluate().getFirstResult();
        if (rule == null) {
            return;
        }
        String incident = rule.getEntry("incident");
        String businessKey = "shipment-" + parcel.id();
        boolean open = runtimeService.createProcessInstanceQuery().processDefinitionKey("parcel-incident")
                .processInstanceBusinessKey(businessKey).variableValueEquals("incident", incident).count() > 0;
        if (open) {
            return;
        }
        runtimeService.startProcessInstanceByKey("parcel-incident", businessKey, Map.of(
                "incident", incident, "shipmentId", parcel.id(), "bundleItemId", parcel.bundleItemId(),
                "trackingNumber", parcel.trackingNumber(), "employeeName", employees.ofBundleItem(parcel.bundleItemId()).fullName(),
                "carrierStatus", status.tag(), "carrierMessage", FormText.literal(carrierMessage)));
    }
}
