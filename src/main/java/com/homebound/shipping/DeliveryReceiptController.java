package com.homebound.shipping;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.process.Deadlines;

/**
 * The employee's "I received it" link from the shipping mail. The signature is the
 * authentication; GET only shows a button, so a mail scanner opening the link changes nothing.
 */
@RestController
public class DeliveryReceiptController {

    private final ReceiptLinks links;
    private final ShipmentRepository shipments;
    private final BundleItemRepository bundle;
    private final CarrierTasks carrierTasks;

    public DeliveryReceiptController(ReceiptLinks links, ShipmentRepository shipments, BundleItemRepository bundle,
                                     CarrierTasks carrierTasks) {
        this.links = links;
        this.shipments = shipments;
        this.bundle = bundle;
        this.carrierTasks = carrierTasks;
    }

    @GetMapping(value = "/receipt/{shipmentId}", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> show(@PathVariable long shipmentId, @RequestParam(required = false) String sig) {
        if (!links.verify(shipmentId, sig)) {
            return page(HttpStatus.FORBIDDEN, "This link is not valid. Please use the link from your shipping email.");
        }
        Shipment shipment = shipments.find(shipmentId).orElseThrow();
        BundleItem item = bundle.get(shipment.bundleItemId());
        if (shipment.delivered()) {
            return page(HttpStatus.OK, "Your " + HtmlUtils.htmlEscape(item.label()) + " is recorded as delivered on " + shipment.deliveredOn() + ". Thank you.");
        }
        return page(HttpStatus.OK, "Has your " + HtmlUtils.htmlEscape(item.label()) + " (" + shipment.carrier() + " " + shipment.trackingNumber()
                + ") arrived?"
                // The form posts to the path alone: posted to the link's own URL, the signature would arrive twice
                // (query and field), and Spring would read the two joined by a comma, an invalid signature.
                + "<form method=\"post\" action=\"/receipt/" + shipmentId + "\"><input type=\"hidden\" name=\"sig\" value=\"" + HtmlUtils.htmlEscape(sig)
                + "\"><button type=\"submit\">Yes, I received it</button></form>");
    }

    @PostMapping(value = "/receipt/{shipmentId}", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> confirm(@PathVariable long shipmentId, @RequestParam(required = false) String sig) {
        if (!links.verify(shipmentId, sig)) {
            return page(HttpStatus.FORBIDDEN, "This link is not valid. Please use the link from your shipping email.");
        }
        Shipment shipment = shipments.find(shipmentId).orElseThrow();
        BundleItem item = bundle.get(shipment.bundleItemId());
        if (!shipment.delivered()) {
            carrierTasks.confirmDelivery(item.id(), Deadlines.today(), "employee");
        }
        return page(HttpStatus.OK, "Thank you: your " + HtmlUtils.htmlEscape(item.label()) + " is recorded as delivered.");
    }

    private static ResponseEntity<String> page(HttpStatus status, String html) {
        return ResponseEntity.status(status).body("<!doctype html><html><head><meta charset=\"utf-8\"><title>Homebound</title>"
                + "</head><body style=\"font-family:sans-serif;max-width:40em;margin:3em auto\"><h1>Homebound</h1><p>"
                + html + "</p></body></html>");
    }
}
