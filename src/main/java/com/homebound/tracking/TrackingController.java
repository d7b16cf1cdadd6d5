package com.homebound.tracking;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.homebound.security.Caller;
import com.homebound.security.Roles;
import com.homebound.shipping.CarrierUsers;
import com.homebound.shipping.Kits;
import com.homebound.shipping.Shipment;
import com.homebound.shipping.ShipmentRepository;

/** A parcel's timeline, the reports nobody could match to a parcel yet, and the reports Homebound refused. */
@RestController
public class TrackingController {

    private final ShipmentRepository shipments;
    private final TrackingEventRepository events;
    private final Caller caller;
    private final CarrierUsers carrierUsers;
    private final Kits kits;

    public TrackingController(ShipmentRepository shipments, TrackingEventRepository events, Caller caller,
                              CarrierUsers carrierUsers, Kits kits) {
        this.kits = kits;
        this.shipments = shipments;
        this.events = events;
        this.caller = caller;
        this.carrierUsers = carrierUsers;
    }

    @GetMapping("/api/shipments/{id}")
    public Map<String, Object> shipment(@PathVariable long id) {
        caller.requireAnyGroup(Roles.IT, Roles.HR, Roles.CARRIERS);
        // A carrier reads its own parcels only (a shipment shows a home address); another's answers like a missing one.
        Optional<Shipment> found = caller.isInGroup(Roles.IT) || caller.isInGroup(Roles.HR) ? shipments.find(id)
                : shipments.findCarriedBy(id, carrierUsers.ofCaller());
        Shipment shipment = found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No shipment " + id));
        // A kit's items travel together: whoever follows the parcel sees what is in it.
        List<String> items = kits.itemsOf(shipment.id()).stream().map(com.homebound.equipment.BundleItem::label).toList();
        return Map.of("shipment", shipment, "items", items, "timeline", events.timelineOf(shipment.id()));
    }

    @GetMapping("/api/carriers/unmatched-events")
    public List<TrackingEventRepository.TrackingEvent> unmatched() {
        caller.requireAnyGroup(Roles.IT);
        return events.unmatched();
    }

    @GetMapping("/api/carriers/rejected-events")
    public List<TrackingEventRepository.Rejection> rejected() {
        caller.requireAnyGroup(Roles.IT);
        return events.rejections();
    }
}
