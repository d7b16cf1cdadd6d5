package com.homebound.security;

import java.util.Set;

/** What Homebound counts as personal data in the engine: the names of the variables that carry it. */
public final class PersonalData {

    /** The start form's and the address form's fields, and the task texts that show an address. */
    public static final Set<String> VARIABLES = Set.of("personalEmail", "phone", "street", "postalCode", "city",
            "deliveryAddress", "returnAddress");

    private PersonalData() {
    }
}
