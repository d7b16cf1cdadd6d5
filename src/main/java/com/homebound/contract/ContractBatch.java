package com.homebound.contract;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.homebound.importing.ColumnNames;
import com.homebound.importing.ImportReport;
import com.homebound.importing.SpreadsheetFile;
import com.homebound.notification.MailOutbox;
import com.homebound.onboarding.CaseType;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.homebound.onboarding.OnboardingCase;
import com.homebound.onboarding.OnboardingCaseRepository;
import com.homebound.process.Plausible;

/**
 * HR's contract work for many people at once: a wave's documents sent in one action (each person their
 * own reference and mail), and signed copies recorded from a list. Each person's task is completed as if
 * HR had filled in its form, so the form's own checks (its listener) apply, in a transaction of its own.
 */
@Service
public class ContractBatch {

    /** The signed list's columns, as HR's spreadsheet names them in English or French. */
    static final ColumnNames SIGNED_LIST = new ColumnNames()
            .column("employeeId", "Employee id", "Matricule", "employee_id")
            .column("signedOn", "Signed on", "Signé le", "signed_on", "date de signature")
            .optional("signedCopyReference", "Signed copy reference", "Référence", "signed_copy_reference", "reference");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    /** One person's document sent: their case, reference and where the mail went (never the address itself). */
    public record Sent(long caseId, String employeeNumber, String name, String document, String reference) {
    }

    public record SendReport(int sent, int alreadySent, List<Sent> documents, List<ImportReport.Rejection> refused) {
    }

    private final TaskService taskService;
    private final ContractRepository contracts;
    private final OnboardingCaseRepository cases;
    private final EmployeeRepository employees;
    private final MailOutbox mail;
    private final JdbcClient jdbc;
    private final TransactionTemplate eachOnItsOwn;

    public ContractBatch(TaskService taskService, ContractRepository contracts, OnboardingCaseRepository cases,
                         EmployeeRepository employees, MailOutbox mail, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.taskService = taskService;
        this.contracts = contracts;
        this.cases = cases;
        this.employees = employees;
        this.mail = mail;
        this.jdbc = jdbc;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Completes the open *Send telework amendment* and *Send contract with telework clause* tasks of the wave's
     * cases: each person gets a reference of their own (AMD-000042) and a mail with it. Sending again sends nothing twice.
     */
    public SendReport sendForWave(long waveId) {
        Map<String, Long> caseOfInstance = new HashMap<>();
        jdbc.sql("select id, process_instance_id from onboarding_case where wave_id = ? and process_instance_id is not null")
                .param(waveId).query(rs -> {
                    caseOfInstance.put(rs.getString("process_instance_id"), rs.getLong("id"));
                });
        List<String> instances = new ArrayList<>(caseOfInstance.keySet());
        List<Sent> sent = new ArrayList<>();
        List<ImportReport.Rejection> refused = new ArrayList<>();
        for (int from = 0; from < instances.size(); from += 500) {
            List<Task> tasks = taskService.createTaskQuery().taskDefinitionKeyIn("SendAmendment", "SendContract")
                    .processInstanceIdIn(instances.subList(from, Math.min(instances.size(), from + 500)).toArray(String[]::new)).list();
            for (Task task : tasks) {
                long caseId = caseOfInstance.get(task.getProcessInstanceId());
                try {
                    eachOnItsOwn.execute(status -> send(task, caseId)).ifPresent(sent::add);
                } catch (ProcessEngineException | IllegalStateException e) {
                    refused.add(new ImportReport.Rejection(0, "case " + caseId + ": " + ImportReport.reasonOf(e)));
                }
            }
        }
        int alreadySent = jdbc.sql("""
                select count(*) from contract k join onboarding_case c on c.id = k.case_id
                where c.wave_id = ? and k.sent_at is not null""").param(waveId).query(Integer.class).single() - sent.size();
        return new SendReport(sent.size(), alreadySent, sent, refused);
    }

    /** Sends one person's document, unless it was sent meanwhile (the same action clicked twice, or the task done in Tasklist). */
    private Optional<Sent> send(Task task, long caseId) {
        OnboardingCase onboarding = cases.lock(caseId);
        if (taskService.createTaskQuery().taskId(task.getId()).singleResult() == null) {
            return Optional.empty();
        }
        Employee employee = employees.get(onboarding.employeeId());
        CaseType type = onboarding.caseType();
        String reference = Contract.referenceFor(type.contractDocument(), caseId);
        taskService.complete(task.getId(), Map.of("contractReference", reference));
        mail.send(employee.reachableEmail(type), "contract-sent", Map.of(
                "employeeName", employee.fullName(),
                "contractDocument", type.contractDocument(),
                "contractReference", reference,
                "startDate", DAY.format(onboarding.startDate())));
        return Optional.of(new Sent(caseId, employee.employeeNumber(), employee.fullName(), type.contractDocument(), reference));
    }

    /**
     * A list of signed copies (employee id, signed on, optionally the signed copy's reference), line by line:
     * each good line completes that person's *Record signed contract*; a bad line is reported and changes
     * nothing; a line already recorded is counted and skipped.
     */
    public ImportReport recordSigned(SpreadsheetFile.Source csv) throws IOException {
        ImportReport report = new ImportReport();
        // Read as spreadsheets save it: French Excel's ";" and Windows-1252 as well as plain CSV.
        SpreadsheetFile.read(csv, SIGNED_LIST, row -> recordSigned(row, report));
        return report;
    }

    private void recordSigned(SpreadsheetFile.Row row, ImportReport report) {
        if (row.unreadable() != null) {
            report.reject(row.line(), row.unreadable());
            return;
        }
        String employeeNumber = row.get("employeeId");
        String signedOnText = row.get("signedOn");
        String copy = row.get("signedCopyReference");
        LocalDate signedOn = Plausible.day(signedOnText);
        if (employeeNumber == null) {
            report.reject(row.line(), "Employee id is required");
            return;
        }
        if (signedOn == null) {
            report.reject(row.line(), "Signed on must be a date like 2026-03-16 or 16/03/2026");
            return;
        }
        try {
            switch (eachOnItsOwn.execute(status -> recordOne(employeeNumber, signedOn, copy))) {
                case RECORDED -> report.applied();
                case ALREADY_SIGNED -> report.alreadyApplied();
                case UNKNOWN -> report.reject(row.line(), "No employee has the employee id " + employeeNumber);
                case NOT_SENT -> report.reject(row.line(), "The document of employee " + employeeNumber
                        + " has not been sent yet: send it first");
                case CHASED -> report.reject(row.line(), "HR is chasing the signature of employee " + employeeNumber
                        + ": complete Chase unsigned contract first, then record the signed copy");
            }
        } catch (ProcessEngineException e) {
            // The form's own check refused the line (its listener): "Signed on cannot be in the future".
            report.reject(row.line(), ImportReport.reasonOf(e));
        }
    }

    private enum Outcome { RECORDED, ALREADY_SIGNED, UNKNOWN, NOT_SENT, CHASED }

    private Outcome recordOne(String employeeNumber, LocalDate signedOn, String copy) {
        Optional<Employee> employee = employees.findByNumber(employeeNumber);
        if (employee.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        Optional<Long> caseId = jdbc.sql("select id from onboarding_case where employee_id = ? order by id desc")
                .param(employee.get().id()).query(Long.class).list().stream().findFirst();
        // The same list sent twice at once: the second copy waits here for the first, then finds the signature recorded.
        caseId.ifPresent(cases::lock);
        Optional<Contract> contract = caseId.flatMap(contracts::findByCase);
        if (contract.isPresent() && contract.get().signedOn() != null) {
            return Outcome.ALREADY_SIGNED;
        }
        if (contract.isEmpty() || contract.get().sentAt() == null) {
            return Outcome.NOT_SENT;
        }
        String instance = cases.get(caseId.get()).processInstanceId();
        Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("RecordSignedContract").singleResult();
        if (task == null) {
            return Outcome.CHASED;
        }
        taskService.complete(task.getId(), Map.of("signedOn", signedOn.toString(),
                "signedCopyReference", copy == null ? contract.get().reference() + "-SIGNED" : copy));
        return Outcome.RECORDED;
    }
}
