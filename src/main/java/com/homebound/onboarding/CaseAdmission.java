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

    /** Records on the form why this person may not get a case. */
    public void check(FormInput in, Employee employee) {
        if (employee.managerId() != null && !managerExists(employee.managerId())) {
            in.reject("managerId", MANAGER_UNKNOWN);
        }
        if (employee.employeeNumber() != null) {
            employees.findByNumber(employee.employeeNumber())
                    .flatMap(known -> cases.findOpenCaseOf(known.id()))
                    .ifPresent(open -> in.reject("employeeId", alreadyInProgress(open.id())));
        }
    }

    public static final String MANAGER_UNKNOWN = "names no user: give the user id the manager logs in with";

    public static String alreadyInProgress(long caseId) {
        return "already has onboarding case " + caseId + " in progress";
    }

    public boolean managerExists(String userId) {
        return identityService.createUserQuery().userId(userId).count() > 0;
    }

    /** Everyone with a case in progress, by employee number: for checking a whole file at once. */
    public Set<String> employeesInProgress() {
        return new HashSet<>(jdbc.sql("""
                select e.employee_number from employee e join onboarding_case c on c.employee_id = e.id
                where c.status = ?""").param(CaseStatus.IN_PROGRESS.name()).query(String.class).list());
    }
}
