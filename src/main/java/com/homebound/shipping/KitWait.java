package com.homebound.shipping;

import java.time.Duration;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a kit waits for a person's late items (homebound.kit.wait, an ISO duration such as P2D)
 * from the moment its first item was ready; then the rest ship and the late item ships alone.
 */
@Component("kitWait")
public class KitWait {

    private final Duration wait;
    private final ShipmentRepository shipments;

    public KitWait(@Value("${homebound.kit.wait:P2D}") Duration wait, ShipmentRepository shipments) {
        this.wait = wait;
        this.shipments = shipments;
    }

    public Date until(Long shipmentId) {
        return Date.from(shipments.find(shipmentId).orElseThrow().packingSince().plus(wait).toInstant());
    }
}
