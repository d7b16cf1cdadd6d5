package com.homebound.onboarding;

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

    public String homeAddress() {
        return street + ", " + postalCode + " " + city + ", " + country;
    }

    /** A new hire has no company mailbox until IT sets up accounts, so mail goes to the personal address. */
    public String reachableEmail(CaseType caseType) {
        return caseType == CaseType.NEW_HIRE ? personalEmail : workEmail;
    }
}
