package com.homebound.onboarding;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;

/**
 * Who may get an onboarding case: someone whose manager is a Homebound user and who has no case in
 * progress. The one home of both rules, for the start form and for a wave's file.
 */
@Component
public class CaseAdmission {

    private final IdentityService identityService;
    private final EmployeeRepository employees;
    private final OnboardingCaseRepository cases;
    private final JdbcClient jdbc;

    public CaseAdmission(IdentityService identityService, EmployeeRepository employees, OnboardingCaseRepository cases, JdbcClient jdbc) {
        this.identityService = identityService;
        this.employees = employees;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /**
     * The person as they may get a case: their manager resolved from what HR typed to a login. Records
     * on the form why not (an unknown or ambiguous manager, a case already in progress).
     */
    public Employee admit(FormInput in, Employee employee) {
        String managerId = employee.managerId();
        if (managerId != null && !in.hasError("managerId")) {
            Manager manager = findManager(managerId);
            if (manager.userId() == null) {
                in.reject("managerId", manager.problem());
            }
            managerId = manager.userId();
        }
        if (employee.employeeNumber() != null) {
            employees.findByNumber(employee.employeeNumber())
                    .flatMap(known -> cases.findOpenCaseOf(known.id()))
                    .ifPresent(open -> in.reject("employeeId", alreadyInProgress(open.id())));
        }
        return new Employee(null, employee.employeeNumber(), employee.fullName(), employee.workEmail(), employee.personalEmail(),
                employee.phone(), employee.street(), employee.postalCode(), employee.city(), employee.country(), managerId);
    }

    /** Who HR meant by the manager they typed: a login, or a name as in Camunda Admin. */
    public record Manager(String userId, int named) {
        /** Why the typed manager is refused, after the field's label. */
        public String problem() {
            return named == 0 ? MANAGER_UNKNOWN : "names " + named + " users: type the manager's login instead";
        }
    }

    public static final String MANAGER_UNKNOWN = "names no user: type the manager's name as in Camunda Admin, or their login";

    /**
     * HR knows the manager by name: "Maria Test" as in Camunda Admin, or the manager's login. Exactly one
     * user must answer to it.
     */
    public Manager findManager(String typed) {
        if (identityService.createUserQuery().userId(typed).count() == 1) {
            return new Manager(typed, 1);
        }
        Set<String> named = new java.util.TreeSet<>();
        String name = typed.trim().replaceAll("\\s+", " ");
        // "Anne Marie Dupont": the first name may be "Anne" or "Anne Marie".
        for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
            identityService.createUserQuery().userFirstName(name.substring(0, space)).userLastName(name.substring(space + 1))
                    .list().forEach(user -> named.add(user.getId()));
        }
        return new Manager(named.size() == 1 ? named.iterator().next() : null, named.size());
    }

    public static String alreadyInProgress(long caseId) {
        return "already has onboarding case " + caseId + " in progress";
    }

    /** Everyone with a case in progress, by employee number: for checking a whole file at once. */
    public Set<String> employeesInProgress() {
        return new HashSet<>(jdbc.sql("""
                select e.employee_number from employee e join onboarding_case c on c.employee_id = e.id
                where c.status = ?""").param(CaseStatus.IN_PROGRESS.name()).query(String.class).list());
    }
}
