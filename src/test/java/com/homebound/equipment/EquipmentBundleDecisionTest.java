package com.homebound.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.support.ProcessTestCase;

class EquipmentBundleDecisionTest extends ProcessTestCase {

    @Autowired DecisionService decisions;

    @Test
    void aFourGBoxOnlyWithoutBroadbandFromTheLocalOperator() {
        assertThat(bundle("call-centre-agent", "new-hire", "FR", true)).containsExactlyInAnyOrder(
                "LAPTOP Lenovo ThinkPad E14 Gen 6", "HEADSET Jabra Evolve2 40");
        assertThat(bundle("call-centre-agent", "new-hire", "FR", false)).contains("FOUR_G_BOX Orange Airbox 4G");
        assertThat(bundle("call-centre-agent", "relocation", "MA", false)).contains("FOUR_G_BOX Maroc Telecom Box 4G");
        assertThat(bundle("call-centre-agent", "relocation", "BE", false)).contains("FOUR_G_BOX Huawei B535 4G");
    }

    @Test
    void relocatedDevelopersAndLeadsKeepTheirLaptopButAgentsGetOne() {
        assertThat(bundle("developer", "relocation", "FR", true)).containsExactlyInAnyOrder(
                "LAPTOP Own laptop (keep)", "HEADSET Jabra Evolve2 40");
        assertThat(bundle("team-lead", "relocation", "FR", true)).contains("LAPTOP Own laptop (keep)");
        assertThat(bundle("call-centre-agent", "relocation", "FR", true)).contains("LAPTOP Lenovo ThinkPad E14 Gen 6");
        assertThat(bundle("developer", "new-hire", "FR", true)).containsExactlyInAnyOrder(
                "LAPTOP Dell Latitude 7450", "HEADSET Jabra Evolve2 40", "MONITOR Dell P2425H");
    }

    @Test
    void purchasesAboveThePriceThresholdNeedApproval() {
        assertThat(approvalRequired("LAPTOP", 1390.0)).isTrue();
        assertThat(approvalRequired("LAPTOP", 749.0)).isFalse();
        assertThat(approvalRequired("HEADSET", 399.0)).isTrue();
        assertThat(approvalRequired("HEADSET", 119.0)).isFalse();
    }

    private List<String> bundle(String profile, String caseType, String country, boolean broadband) {
        return decisions.evaluateDecisionByKey("equipment-bundle")
                .variables(Variables.putValue("profile", profile).putValue("caseType", caseType)
                        .putValue("country", country).putValue("hasBroadband", broadband))
                .evaluate().stream()
                .map(r -> r.getEntry("itemType") + " " + r.getEntry("model") + (Boolean.TRUE.equals(r.getEntry("keepExisting")) ? " (keep)" : ""))
                .toList();
    }

    private boolean approvalRequired(String itemType, double price) {
        return decisions.evaluateDecisionByKey("purchase-approval")
                .variables(Variables.putValue("itemType", itemType).putValue("unitPrice", price))
                .evaluate().getSingleResult().getSingleEntry();
    }
}
