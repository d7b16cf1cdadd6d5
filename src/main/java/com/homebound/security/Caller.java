package com.homebound.security;

import java.util.Arrays;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who is calling Homebound's own endpoints, as the basic-auth filter authenticated them. */
@Component
public class Caller {

    private final IdentityService identityService;

    public Caller(IdentityService identityService) {
        this.identityService = identityService;
    }

    public boolean isInGroup(String group) {
        Authentication auth = identityService.getCurrentAuthentication();
        return auth != null && auth.getGroupIds() != null && auth.getGroupIds().contains(group);
    }

    /** Refuses the request (403) unless the caller is in one of these groups. */
    public String requireAnyGroup(String... groups) {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in first");
        }
        boolean member = auth.getGroupIds() != null && auth.getGroupIds().stream().anyMatch(Arrays.asList(groups)::contains);
        if (!member) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only " + String.join(" or ", groups) + " may do this");
        }
        return auth.getUserId();
    }
}
