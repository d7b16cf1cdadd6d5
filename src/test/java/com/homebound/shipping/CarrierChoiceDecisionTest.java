package com.homebound.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.support.ProcessTestCase;

class CarrierChoiceDecisionTest extends ProcessTestCase {

    @Autowired DecisionService decisions;

    @Test
    void frenchHomesGetColissimoMoroccanOnesAmanaAndTheRestDhlExpress() {
        assertThat(carrierFor("FR")).isEqualTo("Colissimo");
        assertThat(carrierFor("MA")).isEqualTo("Amana");
        assertThat(carrierFor("BE")).isEqualTo("DHL Express");
        assertThat(carrierFor("DE")).isEqualTo("DHL Express");
    }

    @Test
    void everyCarrierTheDecisionNamesIsOneHomeboundKnows() {
        for (String country : new String[] {"FR", "MA", "US"}) {
            assertThat(Carrier.byName(carrierFor(country))).as(country).isPresent();
        }
    }

    private String carrierFor(String country) {
        return decisions.evaluateDecisionByKey("carrier-choice").variables(Variables.putValue("country", country))
                .evaluate().getSingleResult().getSingleEntry();
    }
}
