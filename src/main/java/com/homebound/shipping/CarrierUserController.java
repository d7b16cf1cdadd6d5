package com.homebound.shipping;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.homebound.security.Caller;
import com.homebound.security.Roles;

/** IT (or a Camunda administrator) says which carrier a carrier user ships for. */
@RestController
class CarrierUserController {

    private final CarrierUsers carrierUsers;
    private final Caller caller;

    CarrierUserController(CarrierUsers carrierUsers, Caller caller) {
        this.carrierUsers = carrierUsers;
        this.caller = caller;
    }

    @PutMapping("/api/carriers/{carrier}/users/{userId}")
    Map<String, String> linkUser(@PathVariable String carrier, @PathVariable String userId) {
        caller.requireAnyGroup(Roles.IT, Groups.CAMUNDA_ADMIN);
        Carrier linked = Carrier.byName(carrier).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No carrier " + carrier + "; carriers are " + Arrays.stream(Carrier.values()).map(Carrier::displayName)
                        .collect(Collectors.joining(", "))));
        if (!carrierUsers.userExists(userId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No user " + userId + ": create it in Camunda Admin first");
        }
        carrierUsers.link(userId, linked);
        return Map.of("userId", userId, "carrier", linked.displayName(), "group", linked.group());
    }
}
