package com.homebound.shipping;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Which carrier takes a parcel, as business people decide it in bpmn/carrier-choice.dmn. */
@Component
public class CarrierChoice {

    private final DecisionService decisions;

    public CarrierChoice(DecisionService decisions) {
        this.decisions = decisions;
    }

    public Carrier forCountry(String country) {
        String carrier = decisions.evaluateDecisionByKey("carrier-choice")
                .variables(Variables.putValue("country", country)).evaluate().getSingleResult().getSingleEntry();
        return Carrier.byName(carrier)
                .orElseThrow(() -> new IllegalStateException("carrier-choice.dmn names an unknown carrier: " + carrier));
    }
}
