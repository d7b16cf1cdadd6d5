package com.homebound.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.homebound.support.AppTestCase;

/** IT's list of the accounts it opened for a wave completes each listed person's accounts task, checked like the form. */
class AccountsListUploadTest extends AppTestCase {

    private static final String HEADER = "Employee id,Work email,Account login,VPN profile,MFA enrolled\n";

    @Test
    void goodRowsSetUpEachPersonsAccountsAndVpnAsTheItUser() {
        Person lina = aPersonAwaitingAccounts("lina");
        Person omar = aPersonAwaitingAccounts("omar");

        Reply reply = upload(HEADER + lina.row("lina.moreau", "call-centre-full-tunnel", "yes")
                + omar.row("omar.haddad", "call-centre-full-tunnel", "oui"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("applied").asInt()).isEqualTo(2);
        assertThat(line(reply, 2).get("outcome").asText()).isEqualTo("done");
        assertThat(line(reply, 2).get("words").asText()).contains("login lina.moreau", "VPN profile call-centre-full-tunnel");
        assertThat(accountsTaskOpen(lina)).isFalse();
        assertThat(accountsTaskOpen(omar)).isFalse();
        assertThat(jdbc.sql("""
                select c.account_login || ' ' || c.vpn_profile from onboarding_case c join employee e on e.id = c.employee_id
                where e.employee_number = ?""").param(lina.employeeId).query(String.class).single())
                .isEqualTo("lina.moreau call-centre-full-tunnel");
    }

    @Test
    void anUnknownEmployeeIsReportedAndTheOthersGoThrough() {
        Person known = aPersonAwaitingAccounts("known");

        Reply reply = upload(HEADER + "E-NOBODY,nobody@acme.example,nobody,full-tunnel,yes\n" + known.row("known.person", "full-tunnel", "yes"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(line(reply, 2).get("outcome").asText()).isEqualTo("not found");
        assertThat(line(reply, 2).get("words").asText()).isEqualTo("No onboarding case for employee id E-NOBODY in Homebound");
        assertThat(line(reply, 3).get("outcome").asText()).isEqualTo("done");
        assertThat(accountsTaskOpen(known)).isFalse();
    }

    @Test
    void aBadWorkEmailOrAFieldTheFormRefusesLeavesThatPersonsTaskOpen() {
        Person typo = aPersonAwaitingAccounts("typo");
        Person other = aPersonAwaitingAccounts("other");
        Person upper = aPersonAwaitingAccounts("upper");
        Person noMfa = aPersonAwaitingAccounts("nomfa");

        Reply reply = upload(HEADER
                + typo.employeeId + ",typo.acme.example,typo.login,full-tunnel,yes\n"
                + other.employeeId + ",someone.else@acme.example,other.login,full-tunnel,yes\n"
                + upper.row("Upper.Login", "full-tunnel", "yes")
                + noMfa.row("nomfa.login", "full-tunnel", "no"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("applied").asInt()).isZero();
        assertThat(line(reply, 2).get("words").asText()).startsWith("Work email must be one email address like name@example.com");
        assertThat(line(reply, 3).get("words").asText()).startsWith("Work email is not the one HR recorded for this person");
        assertThat(line(reply, 4).get("words").asText()).startsWith("Account login must be a lower-case login");
        assertThat(line(reply, 5).get("words").asText()).startsWith("Multi-factor enrolment must be confirmed");
        for (Person person : new Person[] {typo, other, upper, noMfa}) {
            assertThat(accountsTaskOpen(person)).isTrue();
        }
    }

    @Test
    void theSameListTwiceChangesNothingTheSecondTime() {
        Person person = aPersonAwaitingAccounts("twice");
        String file = HEADER + person.row("twice.login", "full-tunnel", "yes");
        assertThat(upload(file).json().get("applied").asInt()).isEqualTo(1);

        Reply again = upload(file);

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("applied").asInt()).isZero();
        assertThat(again.json().get("alreadyApplied").asInt()).isEqualTo(1);
        assertThat(line(again, 2).get("outcome").asText()).isEqualTo("already done");
        assertThat(line(again, 2).get("words").asText()).contains("with login twice.login", "nothing changed");
    }

    @Test
    void onlyItMayUploadAListAndARefusalShowsNothingOfThePerson() {
        Person person = aPersonAwaitingAccounts("refused");
        String file = HEADER + person.row("refused.login", "full-tunnel", "yes");

        for (String user : new String[] {HR, CARRIER, MANAGER, VENDOR, ADMIN}) {
            Reply refused = postFile(user, "/api/it/accounts-lists", "accounts.csv", file);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.body()).as(user).doesNotContain(person.employeeId, person.workEmail, "refused.login", "Amina");
        }
        assertThat(postFile(null, "/api/it/accounts-lists", "accounts.csv", file).status()).isEqualTo(401);
        assertThat(accountsTaskOpen(person)).isTrue();
    }

    @Test
    void aDryRunSaysWhatEachLineWouldDoAndChangesNothing() {
        Person person = aPersonAwaitingAccounts("dry");

        Reply reply = postFile(IT, "/api/it/accounts-lists?dryRun=true", "accounts.csv", HEADER + person.row("dry.login", "full-tunnel", "yes"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(line(reply, 2).get("outcome").asText()).isEqualTo("would be done");
        assertThat(accountsTaskOpen(person)).isTrue();
        assertThat(jdbc.sql("select count(*) from onboarding_case c join employee e on e.id = c.employee_id "
                + "where e.employee_number = ? and c.account_login is not null").param(person.employeeId).query(Integer.class).single()).isZero();
    }

    @Test
    void aFrenchExcelListIsReadWithItsOwnHeaders() {
        Person person = aPersonAwaitingAccounts("hel");
        String file = "Matricule;Nom;Email professionnel;Identifiant;Profil VPN;MFA activée\r\n"
                + person.employeeId + ";Hélène Lefèvre;" + person.workEmail + ";hel.lefevre;téléconseil;oui\r\n";

        Reply reply = postFile(IT, "/api/it/accounts-lists", "comptes.csv", file.getBytes(Charset.forName("windows-1252")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(line(reply, 2).get("outcome").asText()).as(reply.body()).isEqualTo("done");
        assertThat(line(reply, 2).get("words").asText()).contains("VPN profile téléconseil");
        assertThat(accountsTaskOpen(person)).isFalse();
    }

    // ---------------------------------------------------------------- helpers

    private record Person(String employeeId, String workEmail, String businessKey) {
        String row(String login, String vpnProfile, String mfa) {
            return employeeId + "," + workEmail + "," + login + "," + vpnProfile + "," + mfa + "\n";
        }
    }

    private Person aPersonAwaitingAccounts(String name) {
        String employeeId = "E-A" + System.nanoTime() % 10_000_000;
        String workEmail = name + "." + System.nanoTime() % 1_000_000 + "@acme.example";
        String key = startOnboarding("employeeId", employeeId, "workEmail", workEmail);
        Person person = new Person(employeeId, workEmail, key);
        assertThat(accountsTaskOpen(person)).isTrue();
        return person;
    }

    private boolean accountsTaskOpen(Person person) {
        return get(IT, "/engine-rest/task?taskDefinitionKey=SetUpAccountsAndVpn&processInstanceBusinessKey=" + person.businessKey).json().size() == 1;
    }

    private Reply upload(String csv) {
        return postFile(IT, "/api/it/accounts-lists", "accounts.csv", csv);
    }

    private static JsonNode line(Reply reply, int line) {
        for (JsonNode l : reply.json().get("lines")) {
            if (l.get("line").asInt() == line) {
                return l;
            }
        }
        throw new AssertionError("No line " + line + " in " + reply.body());
    }
}
