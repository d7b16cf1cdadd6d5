package com.homebound.onboarding;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Service;

import com.homebound.importing.ColumnNames;
import com.homebound.importing.LineReport;
import com.homebound.importing.SpreadsheetFile;
import com.homebound.importing.TaskCompletions;
import com.homebound.process.FormInput;

/**
 * A list of the accounts IT opened for a wave: each row completes that person's *Set up accounts
 * and VPN* task, exactly as if IT had filled in the form. A row's work email says the mailbox
 * exists, its VPN profile that VPN access was granted; multi-factor enrolment has its own column.
 */
@Service
public class AccountsLists {

    /** Rows looked up together and completed in one transaction. */
    static final int CHUNK = 100;

    static final ColumnNames COLUMNS = new ColumnNames()
            .column("employeeId", "Employee id", "Matricule", "employee number", "numéro de matricule", "id employé", "numéro d'employé")
            .column("workEmail", "Work email", "Email professionnel", "e-mail professionnel", "courriel professionnel", "mail pro", "email pro")
            .column("accountLogin", "Account login", "Identifiant", "login", "compte", "identifiant de connexion", "account")
            .column("vpnProfile", "VPN profile", "Profil VPN", "VPN")
            .column("mfaEnrolled", "MFA enrolled", "MFA activée", "Multi-factor authentication enrolled", "authentification multifacteur",
                    "double authentification", "MFA");

    private final OnboardingCaseRepository cases;
    private final TaskCompletions completions;

    AccountsLists(OnboardingCaseRepository cases, TaskCompletions completions) {
        this.cases = cases;
        this.completions = completions;
    }

    /**
     * Applies the list as the caller (whose rights the engine checks on each task), or only says what it would do.
     * @throws IllegalArgumentException when the file cannot be an accounts list (empty, a column missing)
     */
    public LineReport apply(SpreadsheetFile.Source file, boolean dryRun) throws IOException {
        LineReport report = new LineReport(dryRun);
        Map<String, Integer> lineOfEmployee = new HashMap<>();
        SpreadsheetFile.readInChunks(file, COLUMNS, CHUNK, chunk -> apply(chunk, lineOfEmployee, report));
        return report;
    }

    private void apply(List<SpreadsheetFile.Row> rows, Map<String, Integer> lineOfEmployee, LineReport report) {
        Map<String, OnboardingCaseRepository.AccountsTarget> targets = cases.latestCasesOf(rows.stream()
                .map(row -> row.get("employeeId")).filter(Employee.EMPLOYEE_ID::fits).distinct().toList());
        Map<String, String> openTaskOfProcess = completions.openTasks(targets.values().stream()
                .map(OnboardingCaseRepository.AccountsTarget::processInstanceId).filter(Objects::nonNull).distinct().toList(), "SetUpAccountsAndVpn");
        List<TaskCompletions.Completion> good = new ArrayList<>();
        for (SpreadsheetFile.Row row : rows) {
            String employee = row.get("employeeId");
            if (row.unreadable() != null) {
                report.refused(row.line(), employee, "This line " + row.unreadable());
                continue;
            }
            if (employee == null) {
                report.refused(row.line(), null, "Employee id is required");
                continue;
            }
            if (!Employee.EMPLOYEE_ID.fits(employee)) {
                report.refused(row.line(), null, "Employee id must be " + Employee.EMPLOYEE_ID.description());
                continue;
            }
            Integer earlier = lineOfEmployee.putIfAbsent(employee, row.line());
            if (earlier != null) {
                report.refused(row.line(), employee, "This person is on line " + earlier + " already: a person is listed once per file");
                continue;
            }
            var target = targets.get(employee);
            if (target == null) {
                report.notFound(row.line(), employee, "No onboarding case for employee id " + employee + " in Homebound");
                continue;
            }
            String login = row.get("accountLogin");
            String taskId = openTaskOfProcess.get(target.processInstanceId());
            if (taskId == null) {
                if (target.accountsReadyAt() == null) {
                    report.refused(row.line(), employee, "This person has no open accounts task (their case is closed): nothing changed");
                } else if (Objects.equals(login, target.accountLogin())) {
                    report.alreadyDone(row.line(), employee, "Accounts set up already, on " + target.accountsReadyAt()
                            .atZoneSameInstant(ZoneOffset.UTC).toLocalDate() + ", with login " + target.accountLogin() + ": nothing changed");
                } else {
                    report.refused(row.line(), employee, "Accounts were set up already with another login (" + target.accountLogin()
                            + "): this line changed nothing");
                }
                continue;
            }
            List<String> problems = new ArrayList<>();
            String workEmail = row.get("workEmail");
            // The start form's rule for a work email, and its label.
            FormInput email = FormInput.ofValues(workEmail == null ? Map.of() : Map.of("workEmail", workEmail), "onboarding-start");
            email.email("workEmail");
            try {
                email.validate();
                if (!workEmail.equalsIgnoreCase(target.workEmail())) {
                    problems.add("Work email is not the one HR recorded for this person, which the accounts are opened for");
                }
            } catch (FormFieldValidationException wrong) {
                problems.add(wrong.getMessage());
            }
            String vpnProfile = row.get("vpnProfile");
            if (vpnProfile == null) {
                problems.add("VPN profile is required: it says which VPN access was granted");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("accountLogin", login);
            values.put("vpnProfile", vpnProfile);
            values.put("mailboxCreated", "true");
            values.put("vpnAccessGranted", "true");
            values.put("mfaEnrolled", ColumnNames.yesNo(row.get("mfaEnrolled")));
            FormInput in = FormInput.ofValues(values, AccountsSetUp.FORM);
            AccountsSetUp accounts = AccountsSetUp.confirmedIn(in);
            try {
                in.validate();
            } catch (FormFieldValidationException refused) {
                problems.add(refused.getMessage());
            }
            if (!problems.isEmpty()) {
                report.refused(row.line(), employee, String.join("; ", problems) + ": the accounts task stays open");
                continue;
            }
            // What the form sends when every box is ticked: the task's own listener records it.
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("accountLogin", accounts.accountLogin());
            form.put("vpnProfile", accounts.vpnProfile());
            form.put("mailboxCreated", Boolean.TRUE);
            form.put("vpnAccessGranted", Boolean.TRUE);
            form.put("mfaEnrolled", Boolean.TRUE);
            good.add(new TaskCompletions.Completion(row.line(), employee, taskId, form, "Accounts set up with login " + accounts.accountLogin()
                    + " and VPN profile " + accounts.vpnProfile() + ": completes their accounts and VPN task"));
        }
        completions.complete(good, report);
    }
}
