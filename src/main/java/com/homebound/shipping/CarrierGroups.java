package com.homebound.shipping;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * One Camunda group per carrier, in every profile: a parcel's tasks go to its carrier's group, so
 * each carrier sees only its own. Its users are linked by IT (CarrierUsers) or in Camunda Admin.
 */
@Component
class CarrierGroups implements InitializingBean {

    private final IdentityService identity;

    CarrierGroups(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void afterPropertiesSet() {
        for (Carrier carrier : Carrier.values()) {
            if (identity.createGroupQuery().groupId(carrier.group()).count() == 0) {
                Group group = identity.newGroup(carrier.group());
                group.setName("Carrier " + carrier.displayName());
                group.setType("WORKFLOW");
                identity.saveGroup(group);
            }
        }
    }
}
