package com.homebound.onboarding;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Managers are Camunda users; this finds the one to write to about an employee. */
@Component
public class Managers {

    private final IdentityService identityService;

    public Managers(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The employee's manager, if they are a user with an email address. */
    public Optional<User> of(Employee employee) {
        return Optional.ofNullable(identityService.createUserQuery().userId(employee.managerId()).singleResult())
                .filter(manager -> manager.getEmail() != null);
    }
}
