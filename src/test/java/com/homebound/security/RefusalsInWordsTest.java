package com.homebound.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.homebound.support.AppTestCase;

/**
 * A person's mistake in a form is a 400 whose message names the field by its label on the form, in words,
 * and it is logged at INFO: it is not a bug, so it must not page anyone at ERROR.
 */
@ExtendWith(OutputCaptureExtension.class)
class RefusalsInWordsTest extends AppTestCase {

    @Test
    void aRefusedStartIsA400NamingTheManagerFieldLoggedAtInfo(CapturedOutput log) {
        var refused = post(HR, "/engine-rest/process-definition/key/onboarding/submit-form", formValues(
                "employeeId", "E-" + System.nanoTime() % 100_000_000, "fullName", "Nora Amrani", "workEmail", "nora@acme.example",
                "personalEmail", "nora@home.example", "phone", "+33 6 00 00 00 02", "street", "3 rue Nationale", "postalCode", "37000",
                "city", "Tours", "country", "FR", "startDate", LocalDate.now().plusDays(5).toString(), "caseType", "new-hire",
                "profile", "developer", "hasBroadband", true, "managerId", "Marc"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText())
                .isEqualTo("Manager names no user: type the manager's name as in Camunda Admin, or their login");
        assertThat(log.getOut()).containsPattern("INFO .*UserMistakes .*Refused \\(400\\): Manager names no user");
        assertThat(log.getOut().lines().filter(l -> l.contains(" ERROR ")).toList()).as("ERROR lines").isEmpty();
    }

    @Test
    void aRefusedTaskFormIsA400NamingTheFieldLoggedAtInfo(CapturedOutput log) {
        String caseKey = startOnboarding();
        var send = get(HR, "/engine-rest/task?taskDefinitionKey=SendAmendment&processInstanceBusinessKey=" + caseKey).json();
        assertThat(post(HR, "/engine-rest/task/" + send.get(0).get("id").asText() + "/submit-form",
                formValues("contractReference", "ENV-LOG-1")).status()).isEqualTo(204);
        var record = get(HR, "/engine-rest/task?taskDefinitionKey=RecordSignedContract&processInstanceBusinessKey=" + caseKey).json();

        var refused = post(HR, "/engine-rest/task/" + record.get(0).get("id").asText() + "/submit-form",
                formValues("signedOn", LocalDate.now().plusDays(10).toString(), "signedCopyReference", "SIGNED-LOG-1"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).isEqualTo("Signed on cannot be in the future");
        assertThat(log.getOut()).containsPattern("INFO .*UserMistakes .*Refused \\(400\\): Signed on cannot be in the future")
                .doesNotContain("ENGINE-03051");
        assertThat(log.getOut().lines().filter(l -> l.contains(" ERROR ")).toList()).as("ERROR lines").isEmpty();
    }
}
