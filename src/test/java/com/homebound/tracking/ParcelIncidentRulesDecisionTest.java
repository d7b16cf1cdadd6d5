package com.homebound.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.support.ProcessTestCase;

class ParcelIncidentRulesDecisionTest extends ProcessTestCase {

    @Autowired DecisionService decisions;

    @Test
    void theSecondFailedAttemptAsksToConfirmTheAddressNotTheFirst() {
        assertThat(incidentFor(TrackingStatus.ATTEMPT_FAILED, 1)).isNull();
        assertThat(incidentFor(TrackingStatus.ATTEMPT_FAILED, 2)).isEqualTo("FAILED_ATTEMPTS");
    }

    @Test
    void aCarrierExceptionOrAnExpiredParcelIsInvestigated() {
        assertThat(incidentFor(TrackingStatus.EXCEPTION, 0)).isEqualTo("EXCEPTION");
        assertThat(incidentFor(TrackingStatus.EXPIRED, 1)).isEqualTo("EXCEPTION");
    }

    @Test
    void aParcelMovingOnOpensNothing() {
        for (TrackingStatus moving : new TrackingStatus[] {TrackingStatus.LABEL_CREATED, TrackingStatus.IN_TRANSIT,
                TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.AVAILABLE_FOR_PICKUP, TrackingStatus.DELIVERED}) {
            assertThat(incidentFor(moving, 2)).as(moving.name()).isNull();
        }
    }

    @Test
    void everyIncidentTheRulesOpenIsOneTheIncidentProcessHandles() {
        for (TrackingStatus status : TrackingStatus.values()) {
            assertThat(incidentFor(status, 2)).as(status.name()).isIn(null, "FAILED_ATTEMPTS", "EXCEPTION");
        }
    }

    private String incidentFor(TrackingStatus status, int failedAttempts) {
        DmnDecisionResultEntries rule = decisions.evaluateDecisionByKey(ParcelIncidents.RULES)
                .variables(Variables.createVariables().putValue("status", status.name()).putValue("failedAttempts", failedAttempts))
                .evaluate().getFirstResult();
        return rule == null ? null : rule.getEntry("incident");
    }
}
