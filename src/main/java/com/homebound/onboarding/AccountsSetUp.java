package com.homebound.onboarding;

import java.util.regex.Pattern;

import com.homebound.process.FormInput;

/** A person's accounts, as IT sets them up: their login, and the VPN profile they were given (if said). */
public record AccountsSetUp(String accountLogin, String vpnProfile) {

    /** The form's id: its labels name the fields in a refusal, on the form and in an accounts list alike. */
    public static final String FORM = "accounts-and-vpn";

    private static final Pattern LOGIN = Pattern.compile("^[a-z0-9._-]{2,40}$");

    /**
     * The rule for accounts to count as set up, whether IT ticks the form or sends a list: a lower-case
     * login, the mailbox, VPN access and multi-factor enrolment confirmed. Problems are collected in {@code in}.
     */
    public static AccountsSetUp confirmedIn(FormInput in) {
        String login = in.matching("accountLogin", LOGIN, "a lower-case login");
        String vpnProfile = in.optionalText("vpnProfile", 60);
        in.confirmed("mailboxCreated", "The mailbox");
        in.confirmed("vpnAccessGranted", "VPN access");
        in.confirmed("mfaEnrolled", "Multi-factor enrolment");
        return new AccountsSetUp(login, vpnProfile);
    }
}
