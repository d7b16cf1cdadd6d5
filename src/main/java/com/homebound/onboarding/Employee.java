package com.homebound.onboarding;

import com.homebound.process.Shape;

/** The person being set up to work from home. */
public record Employee(
        Long id,
        String employeeNumber,
        String fullName,
        String workEmail,
        String personalEmail,
        String phone,
        String street,
        String postalCode,
        String city,
        String country,
        String managerId) {

    /** The employee id HR's own systems give a person ("E-1001"); the forms call it "Employee id". */
    public static final Shape EMPLOYEE_ID = Shape.of("^[A-Za-z0-9-]{2,20}$", "2 to 20 letters, digits or dashes");

    public String homeAddress() {
        return street + ", " + postalCode + " " + city + ", " + country;
    }

    /** A new hire has no company mailbox until IT sets up accounts, so mail goes to the personal address. */
    public String reachableEmail(CaseType caseType) {
        return caseType == CaseType.NEW_HIRE ? personalEmail : workEmail;
    }
}
