package com.homebound.process;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls on Homebound's behalf once an endpoint has checked who the caller is: a
 * vendor posting a delivery notice may move a purchase on without holding rights on the process.
 */
@Component
public class AsSystem {

    private final IdentityService identityService;

    public AsSystem(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Supplier<T> action) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
