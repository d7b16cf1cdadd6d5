package com.homebound.shipping;

import java.util.List;
import java.util.stream.Collectors;

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
import com.homebound.process.Deadlines;

/**
 * The employee's "I received it" link from the shipping mail, one per parcel (a kit: all its items).
 * The signature is the authentication; GET only shows a button, so a mail scanner opening the link
 * changes nothing.
 */
@RestController
public class DeliveryReceiptController {

    private final ReceiptLinks links;
    private final ShipmentRepository shipments;
    private final KitRepository kits;
    private final CarrierTasks carrierTasks;
    private final Kits kitProcess;

    public DeliveryReceiptController(ReceiptLinks links, ShipmentRepository shipments, KitRepository kits,
                                     CarrierTasks carrierTasks, Kits kitProcess) {
        this.links = links;
        this.shipments = shipments;
        this.kits = kits;
        this.carrierTasks = carrierTasks;
        this.kitProcess = kitProcess;
    }

    @GetMapping(value = "/receipt/{shipmentId}", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> show(@PathVariable long shipmentId, @RequestParam(required = false) String sig) {
        if (!links.verify(shipmentId, sig)) {
            return page(HttpStatus.FORBIDDEN, "This link is not valid. Please use the link from your shipping email.");
        }
        Shipment shipment = shipments.find(shipmentId).orElseThrow();
        List<BundleItem> items = kits.itemsOf(shipmentId);
        String label = HtmlUtils.htmlEscape(KitLabel.of(items));
        if (shipment.delivered()) {
            return page(HttpStatus.OK, "Your " + label + " is recorded as delivered on " + shipment.deliveredOn() + ". Thank you." + list(items));
        }
        return page(HttpStatus.OK, "Has your " + label + " (" + shipment.carrier() + " " + shipment.trackingNumber()
                + ") arrived?" + list(items)
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
        List<BundleItem> items = kits.itemsOf(shipmentId);
        boolean confirmed = shipment.delivered() || carrierTasks.confirmDelivery(shipmentId, Deadlines.today(), "employee");
        if (!confirmed && shipment.fromVendor()) {
            // A parcel the vendor sent straight to the employee has no carrier task: record it here.
            shipments.markDelivered(shipmentId, Deadlines.today(), null, "employee");
            kitProcess.vendorParcelDelivered(shipmentId);
        }
        return page(HttpStatus.OK, "Thank you: your " + HtmlUtils.htmlEscape(KitLabel.of(items)) + " is recorded as delivered.");
    }

    /** The parcel's items, one per line: the employee checks each is in the box. */
    private static String list(List<BundleItem> items) {
        return items.size() < 2 ? "" : "</p><ul>" + items.stream().map(i -> "<li>" + HtmlUtils.htmlEscape(i.label()) + "</li>")
                .collect(Collectors.joining()) + "</ul><p>";
    }

    private static ResponseEntity<String> page(HttpStatus status, String html) {
        return ResponseEntity.status(status).body("<!doctype html><html><head><meta charset=\"utf-8\"><title>Homebound</title>"
                + "</head><body style=\"font-family:sans-serif;max-width:40em;margin:3em auto\"><h1>Homebound</h1><p>"
                + html + "</p></body></html>");
    }
}
