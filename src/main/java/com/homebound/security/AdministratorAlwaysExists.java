package com.homebound.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * CVE-2026-77226: while camunda-admin has no direct member, Camunda's setup page lets anyone create
 * an administrator. The first administrator normally comes from CAMUNDA_BPM_ADMINUSER_ID and
 * _PASSWORD; without one, a member nobody can log in as holds the place until a real one is added.
 */
@Component
class AdministratorAlwaysExists implements InitializingBean {

    static final String PLACEHOLDER = "adminplaceholder";
    private static final Logger log = LoggerFactory.getLogger(AdministratorAlwaysExists.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    AdministratorAlwaysExists(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    @Override
    public void afterPropertiesSet() {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            var group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Camunda administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        grantEverything();
        if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            return;
        }
        if (identity.createUserQuery().userId(PLACEHOLDER).count() == 0) {
            User placeholder = identity.newUser(PLACEHOLDER);
            placeholder.setFirstName("No administrator");
            placeholder.setLastName("configured");
            placeholder.setPassword(unguessable());
            identity.saveUser(placeholder);
        }
        identity.createMembership(PLACEHOLDER, Groups.CAMUNDA_ADMIN);
        log.warn("No Camunda administrator is configured: set CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD. "
                + "Until then camunda-admin holds a placeholder member nobody can log in as.");
    }

    /** What Camunda grants its first administrator's group, whichever way that administrator came. */
    private void grantEverything() {
        for (Resource resource : Resources.values()) {
            if (authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(resource)
                    .resourceId(Authorization.ANY).count() == 0) {
                Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                all.setGroupId(Groups.CAMUNDA_ADMIN);
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(all);
            }
        }
    }

    private static String unguessable() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
