package com.homebound.onboarding;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.homebound.process.FormInput;

/** What HR submits to start an onboarding: checked here again, whatever the form already checked. */
public record OnboardingRequest(
        Employee employee,
        LocalDate startDate,
        CaseType caseType,
        String profile,
        boolean hasBroadband) {

    public static final Set<String> PROFILES = Set.of("call-centre-agent", "developer", "team-lead");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{6,20}$");

    /** Reads the submitted fields; call {@link FormInput#validate()} before using the result. */
    public static OnboardingRequest read(FormInput in) {
        String employeeNumber = in.matching("employeeId", Employee.EMPLOYEE_ID);
        String fullName = in.nameOrAddress("fullName", 120);
        String workEmail = in.email("workEmail");
        String personalEmail = in.email("personalEmail");
        String phone = in.matching("phone", PHONE, "a phone number like +33 6 12 34 56 78");
        String street = in.nameOrAddress("street", 200);
        String postalCode = in.nameOrAddress("postalCode", 12);
        String city = in.nameOrAddress("city", 100);
        String country = in.text("country", 2);
        if (country != null && !COUNTRIES.contains(country)) {
            in.reject("country", "must be a two-letter ISO country code such as FR");
        }
        LocalDate startDate = in.date("startDate");
        String caseType = in.oneOf("caseType", Set.of("new-hire", "relocation"));
        String profile = in.oneOf("profile", PROFILES);
        boolean hasBroadband = in.flag("hasBroadband");
        // The manager's login or name as in Camunda Admin; RegisterCaseDelegate finds the user.
        String managerId = in.nameOrAddress("managerId", 120);
        Employee employee = new Employee(null, employeeNumber, fullName, workEmail, personalEmail, phone, street,
                postalCode, city, country, managerId);
        return new OnboardingRequest(employee, startDate,
                caseType == null || in.hasError("caseType") ? null : CaseType.fromCode(caseType),
                profile, hasBroadband);
    }

    /** The same request for this employee (once the manager's name is resolved to a login). */
    public OnboardingRequest withEmployee(Employee admitted) {
        return new OnboardingRequest(admitted, startDate, caseType, profile, hasBroadband);
    }
}
