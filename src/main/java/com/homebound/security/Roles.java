package com.homebound.security;

/** The Camunda groups Homebound's users belong to. */
public final class Roles {
    public static final String HR = "hr";
    public static final String IT = "it";
    public static final String CARRIERS = "carriers";
    public static final String MANAGERS = "managers";
    public static final String VENDORS = "vendors";

    private Roles() {
    }
}
