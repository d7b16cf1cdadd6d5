package com.homebound.shipping;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.homebound.process.AsSystem;
import com.homebound.security.Roles;

/**
 * Which carrier a user of the carriers group ships for: the carrier group it is a member of
 * ("carrierColissimo"). Camunda's groups are the one record of it, so Tasklist, the REST API and
 * Homebound's endpoints all read the same link.
 */
@Component
public class CarrierUsers {

    private final IdentityService identity;
    private final AsSystem asSystem;

    public CarrierUsers(IdentityService identity, AsSystem asSystem) {
        this.identity = identity;
        this.asSystem = asSystem;
    }

    /** The carriers the logged-in user ships for; none if it is linked to none. */
    public Set<Carrier> ofCaller() {
        Authentication auth = identity.getCurrentAuthentication();
        Set<Carrier> carriers = EnumSet.noneOf(Carrier.class);
        if (auth != null && auth.getGroupIds() != null) {
            auth.getGroupIds().forEach(group -> Carrier.ofGroup(group).ifPresent(carriers::add));
        }
        return carriers;
    }

    public boolean userExists(String userId) {
        return asSystem.call(() -> identity.createUserQuery().userId(userId).count() > 0);
    }

    /** The user now ships for this carrier only: member of "carriers" and of this carrier's group, of no other carrier's. */
    public void link(String userId, Carrier carrier) {
        asSystem.call(() -> {
            for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
                Optional<Carrier> other = Carrier.ofGroup(group.getId());
                if (other.isPresent() && other.get() != carrier) {
                    identity.deleteMembership(userId, group.getId());
                }
            }
            joinIfNotMember(userId, Roles.CARRIERS);
            joinIfNotMember(userId, carrier.group());
            return null;
        });
    }

    private void joinIfNotMember(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }
}
