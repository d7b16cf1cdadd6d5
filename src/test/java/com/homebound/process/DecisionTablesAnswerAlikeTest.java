package com.homebound.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * Homebound evaluates its decision tables with the JUEL-based FEEL engine, which compiles each cell
 * once, instead of the Scala FEEL engine, which parses every cell on every evaluation (see
 * application.properties). The tables are written for both; this test keeps them so: every table
 * gives the same answer under both engines for every combination of the values its inputs take.
 */
class DecisionTablesAnswerAlikeTest {

    private static final List<String> COUNTRIES = List.of("FR", "MA", "BE", "DE", "");
    private static final DmnEngine SCALA_FEEL = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnEngine CACHED_FEEL = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration()).enableFeelLegacyBehavior(true).buildEngine();

    @Test
    void theEquipmentBundleIsTheSameForEveryProfileCaseTypeCountryAndBroadband() throws Exception {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (String profile : List.of("call-centre-agent", "developer", "team-lead", "sales", "")) {
            for (String caseType : List.of("new-hire", "relocation")) {
                for (String country : COUNTRIES) {
                    for (boolean broadband : List.of(true, false)) {
                        inputs.add(Map.of("profile", profile, "caseType", caseType, "country", country, "hasBroadband", broadband));
                    }
                }
            }
        }
        assertAlike("equipment-bundle.dmn", inputs, 100);
    }

    @Test
    void purchaseApprovalIsTheSameForEveryItemAndPrice() throws Exception {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (String itemType : List.of("LAPTOP", "HEADSET", "FOUR_G_BOX", "MONITOR")) {
            for (double price : List.of(0.0, 119.0, 299.99, 300.0, 300.01, 749.0, 1000.0, 1000.01, 1390.0)) {
                inputs.add(Map.of("itemType", itemType, "unitPrice", price));
            }
        }
        assertAlike("purchase-approval.dmn", inputs, 36);
    }

    @Test
    void theCarrierIsTheSameForEveryCountry() throws Exception {
        assertAlike("carrier-choice.dmn", COUNTRIES.stream().map(c -> Map.<String, Object>of("country", c)).toList(), 5);
    }

    @Test
    void parcelIncidentsAreTheSameForEveryStatusAndAttemptCount() throws Exception {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (String status : List.of("IN_TRANSIT", "ATTEMPT_FAILED", "EXCEPTION", "EXPIRED", "DELIVERED")) {
            for (int attempts : List.of(0, 1, 2, 3, 5)) {
                inputs.add(Map.of("status", status, "failedAttempts", attempts));
            }
        }
        assertAlike("parcel-incident-rules.dmn", inputs, 25);
    }

    private static void assertAlike(String file, List<Map<String, Object>> inputs, int expectedCombinations) throws Exception {
        assertThat(inputs).hasSize(expectedCombinations);
        DmnDecision scala = parse(SCALA_FEEL, file);
        DmnDecision cached = parse(CACHED_FEEL, file);
        int withAnAnswer = 0;
        for (Map<String, Object> input : inputs) {
            var expected = SCALA_FEEL.evaluateDecisionTable(scala, Variables.fromMap(input)).getResultList();
            var actual = CACHED_FEEL.evaluateDecisionTable(cached, Variables.fromMap(input)).getResultList();
            assertThat(actual).as("%s for %s", file, input).isEqualTo(expected);
            withAnAnswer += expected.isEmpty() ? 0 : 1;
        }
        // A grid no rule matches would prove nothing.
        assertThat(withAnAnswer).as("combinations of %s some rule answers", file).isGreaterThan(0);
    }

    private static DmnDecision parse(DmnEngine engine, String file) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("bpmn", file))) {
            return engine.parseDecisions(in).get(0);
        }
    }
}
