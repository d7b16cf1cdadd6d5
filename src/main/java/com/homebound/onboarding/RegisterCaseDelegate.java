package com.homebound.onboarding;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;

/**
 * First step of an onboarding, in the same transaction as the start: a refused request leaves
 * no process instance and no rows behind.
 */
@Component
public class RegisterCaseDelegate implements JavaDelegate {

    private final EmployeeRepository employees;
    private final OnboardingCaseRepository cases;
    private final IdentityService identityService;

    public RegisterCaseDelegate(EmployeeRepository employees, OnboardingCaseRepository cases, IdentityService identityService) {
        this.employees = employees;
        this.cases = cases;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormInput in = FormInput.of(execution);
        OnboardingRequest read = OnboardingRequest.read(in);
        Employee employee = read.employee();
        String managerId = employee.managerId() == null || in.hasError("managerId") ? null : managerOf(employee.managerId(), in);
        OnboardingRequest request = new OnboardingRequest(new Employee(null, employee.employeeNumber(), employee.fullName(),
                employee.workEmail(), employee.personalEmail(), employee.phone(), employee.street(), employee.postalCode(),
                employee.city(), employee.country(), managerId), read.startDate(), read.caseType(), read.profile(), read.hasBroadband());
        if (request.employee().employeeNumber() != null) {
            employees.findByNumber(request.employee().employeeNumber())
                    .flatMap(known -> cases.findOpenCaseOf(known.id()))
                    .ifPresent(open -> in.reject("employeeId", "already has onboarding case " + open.id() + " in progress"));
        }
        in.validate();

        long employeeId = employees.save(request.employee());
        long caseId = cases.open(employeeId, request, execution.getProcessInstanceId());
        in.consume();
        execution.setVariable("caseId", caseId);
        execution.setVariable("employeeName", request.employee().fullName());
        execution.setVariable("caseType", request.caseType().code());
        execution.setProcessBusinessKey("case-" + caseId);
    }

    /**
     * HR knows the manager by name: "Maria Test" as in Camunda Admin, or the manager's login. Answers the
     * user id, or null with the field refused when no user, or more than one, goes by that name.
     */
    private String managerOf(String typed, FormInput in) {
        if (identityService.createUserQuery().userId(typed).count() == 1) {
            return typed;
        }
        java.util.Set<String> named = new java.util.TreeSet<>();
        String name = typed.trim().replaceAll("\\s+", " ");
        // "Anne Marie Dupont": the first name may be "Anne" or "Anne Marie".
        for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
            identityService.createUserQuery().userFirstName(name.substring(0, space)).userLastName(name.substring(space + 1))
                    .list().forEach(user -> named.add(user.getId()));
        }
        if (named.size() == 1) {
            return named.iterator().next();
        }
        in.reject("managerId", named.isEmpty()
                ? "names no user: type the manager's name as in Camunda Admin, or their login"
                : "names " + named.size() + " users: type the manager's login instead");
        return null;
    }
}
