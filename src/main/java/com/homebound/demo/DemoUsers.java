package com.homebound.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.homebound.purchasing.VendorRepository;
import com.homebound.security.Roles;
import com.homebound.shipping.Carrier;
import com.homebound.shipping.CarrierUsers;

/** One user per role, password = user id. Only in the demo profile: real users come from the customer. */
@Component
@Profile("demo")
@DependsOn({"roleAuthorizations", "carrierGroups"})
public class DemoUsers implements InitializingBean {

    private final IdentityService identityService;
    private final VendorRepository vendors;
    private final CarrierUsers carrierUsers;

    public DemoUsers(IdentityService identityService, VendorRepository vendors, CarrierUsers carrierUsers) {
        this.identityService = identityService;
        this.vendors = vendors;
        this.carrierUsers = carrierUsers;
    }

    @Override
    public void afterPropertiesSet() {
        user("hr", "Hélène", "Roux", Roles.HR);
        user("it", "Ivan", "Tessier", Roles.IT);
        user("carrier", "Karim", "Benali", Roles.CARRIERS);
        user("manager", "Marc", "Dubois", Roles.MANAGERS);
        user("vendor", "Véra", "Bechtle", Roles.VENDORS);
        // The demo's cases are in France, where carrier-choice.dmn picks Colissimo.
        if (identityService.createGroupQuery().groupMember("carrier").list().stream().noneMatch(g -> Carrier.ofGroup(g.getId()).isPresent())) {
            carrierUsers.link("carrier", Carrier.COLISSIMO);
        }
        if (vendors.vendorOfUser("vendor").isEmpty()) {
            vendors.speaksFor("vendor", "Bechtle");
        }
    }

    private void user(String id, String firstName, String lastName, String groupId) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@homebound.example");
            user.setPassword(id);
            identityService.saveUser(user);
            identityService.createMembership(id, groupId);
        }
    }
}
