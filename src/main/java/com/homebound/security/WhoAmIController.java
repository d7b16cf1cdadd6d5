package com.homebound.security;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The caller's own login and groups, so a page (Tasklist's header) can offer only the links its user
 * may follow. It shows nothing the caller does not already know; each page still checks on its own.
 */
@RestController
class WhoAmIController {

    private final IdentityService identityService;

    WhoAmIController(IdentityService identityService) {
        this.identityService = identityService;
    }

    @GetMapping("/api/me")
    Map<String, Object> me() {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in first");
        }
        return Map.of("userId", auth.getUserId(), "groups", auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
    }
}
