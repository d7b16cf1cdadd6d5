package com.homebound.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.homebound.support.AppTestCase;

/** IT's forms show what IT works on: the laptop to image by its serial and tag, the work email the accounts are for. */
class ItTasksShowWhatTheyNeedTest extends AppTestCase {

    @Test
    void theImagingTaskShowsTheLaptopJustReceivedAndTheAccountsTaskTheWorkEmail() {
        String key = startOnboarding("workEmail", "noor.haddad@acme.example", "fullName", "Noor Haddad");

        String accounts = get(IT, "/engine-rest/task?taskDefinitionKey=SetUpAccountsAndVpn&processInstanceBusinessKey=" + key)
                .json().get(0).get("id").asText();
        assertThat(get(IT, "/engine-rest/task/" + accounts + "/form-variables").json().get("workEmail").get("value").asText())
                .isEqualTo("noor.haddad@acme.example");

        String receive = get(IT, "/engine-rest/task?taskDefinitionKey=ReceiveFromVendor&processInstanceBusinessKey=" + key)
                .json().get(0).get("id").asText();
        String serial = "SN-IT" + System.nanoTime() % 1_000_000;
        String tag = "HB-I" + System.nanoTime() % 100_000;
        assertThat(post(IT, "/engine-rest/task/" + receive + "/submit-form", formValues("serialNumber", serial, "assetTag", tag)).status())
                .isEqualTo(204);
        String image = get(IT, "/engine-rest/task?taskDefinitionKey=ImageLaptop&processInstanceBusinessKey=" + key)
                .json().get(0).get("id").asText();
        assertThat(get(IT, "/engine-rest/task/" + image + "/form-variables").json().get("laptopToImage").get("value").asText())
                .isEqualTo("serial number " + serial + ", asset tag " + tag);
    }
}
