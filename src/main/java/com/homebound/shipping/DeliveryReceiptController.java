package com.homebound.shipping;

import java.util.List;

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
    private final ReceiptConfirmation receipt;
    private final EmployeeStatusPage statusPage;

    public DeliveryReceiptController(ReceiptLinks links, ShipmentRepository shipments, KitRepository kits,
                                     ReceiptConfirmation receipt, EmployeeStatusPage statusPage) {
        this.links = links;
        this.shipments = shipments;
        this.kits = kits;
        this.receipt = receipt;
        this.statusPage = statusPage;
    }

    @GetMapping(value = "/receipt/{shipmentId}", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> show(@PathVariable long shipmentId, @RequestParam(required = false) String sig) {
        if (!links.verify(shipmentId, sig)) {
            return message(HttpStatus.FORBIDDEN, "This link is not valid. Please use the link from your shipping email.");
        }
        Shipment shipment = shipments.find(shipmentId).orElseThrow();
        // The employee's status page: their items and parcels, their training, and this parcel's button.
        return page(HttpStatus.OK, statusPage.html(shipment, kits.itemsOf(shipmentId), sig));
    }

    @PostMapping(value = "/receipt/{shipmentId}", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> confirm(@PathVariable long shipmentId, @RequestParam(required = false) String sig) {
        if (!links.verify(shipmentId, sig)) {
            return message(HttpStatus.FORBIDDEN, "This link is not valid. Please use the link from your shipping email.");
        }
        receipt.confirm(shipmentId);
        List<BundleItem> items = kits.itemsOf(shipmentId);
        return message(HttpStatus.OK, "Thank you: your " + HtmlUtils.htmlEscape(KitLabel.of(items)) + " is recorded as delivered.");
    }

    private static ResponseEntity<String> message(HttpStatus status, String html) {
        return page(status, "<p>" + html + "</p>");
    }

    private static ResponseEntity<String> page(HttpStatus status, String html) {
        return ResponseEntity.status(status).body("<!doctype html><html><head><meta charset=\"utf-8\"><title>Homebound</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\">"
                + "<style>body{font-family:sans-serif;max-width:44em;margin:2em auto;padding:0 1em;color:#1f2933}"
                + "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3em .5em;border-bottom:1px solid #e4e7eb}"
                + "button{font:inherit;padding:.5em 1.2em;background:#1f3a5f;color:#fff;border:0;border-radius:4px}</style>"
                + "</head><body><h1>Homebound</h1><div>" + html + "</div></body></html>");
    }
}
