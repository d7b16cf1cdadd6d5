package com.homebound.shipping;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.BundleItemRepository;
import com.homebound.equipment.BundleItemState;
import com.homebound.training.TrainingSessionRepository;

/**
 * What the employee sees behind their shipping mail's signed link: their own items and parcels with
 * tracking links, their training session, and the button to confirm this parcel arrived. The link
 * opens this page only; it names no other person and leads nowhere else in Homebound.
 */
@Component
class EmployeeStatusPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final BundleItemRepository bundle;
    private final ShipmentRepository shipments;
    private final KitRepository kits;
    private final TrainingSessionRepository training;

    EmployeeStatusPage(BundleItemRepository bundle, ShipmentRepository shipments, KitRepository kits, TrainingSessionRepository training) {
        this.bundle = bundle;
        this.shipments = shipments;
        this.kits = kits;
        this.training = training;
    }

    /** The page for the parcel (a kit: all its items) this link was made for; sig is put back in the confirmation form. */
    String html(Shipment parcel, List<BundleItem> parcelItems, String sig) {
        StringBuilder page = new StringBuilder();
        String label = KitLabel.of(parcelItems);
        long caseId = parcel.caseId() != null ? parcel.caseId() : parcelItems.get(0).caseId();
        if (parcel.delivered()) {
            page.append("<p class=\"done\">Your ").append(esc(label)).append(" is recorded as delivered on ")
                    .append(parcel.deliveredOn()).append(". Thank you.</p>").append(list(parcelItems));
        } else {
            page.append("<p>Has your ").append(esc(label)).append(" (").append(esc(parcel.carrier())).append(' ')
                    .append(esc(parcel.trackingNumber())).append(") arrived?</p>").append(list(parcelItems))
                    // The form posts to the path alone: posted to the link's own URL, the signature would arrive twice
                    // (query and field), and Spring would read the two joined by a comma, an invalid signature.
                    .append("<form method=\"post\" action=\"/receipt/").append(parcel.id()).append("\"><input type=\"hidden\" name=\"sig\" value=\"")
                    .append(esc(sig)).append("\"><button type=\"submit\" id=\"confirmReceipt\">Yes, I received it</button></form>");
        }
        page.append("<h2>Everything coming to you</h2><table><tr><th>Item</th><th>Where it is</th><th>Parcel</th></tr>");
        for (BundleItem item : bundle.itemsOf(caseId)) {
            if (item.state() == BundleItemState.CANCELLED) {
                continue;
            }
            page.append("<tr><td>").append(esc(item.label())).append("</td><td>").append(inWords(item.state())).append("</td><td>");
            kits.kitOf(item.id()).flatMap(shipments::find).filter(s -> s.trackingNumber() != null).ifPresent(s -> page.append(esc(s.carrier())).append(' ')
                    .append(Carrier.byName(s.carrier()).map(c -> "<a class=\"tracking\" href=\"" + esc(c.trackingLink(s.trackingNumber()))
                            + "\" rel=\"noopener noreferrer\">" + esc(s.trackingNumber()) + "</a>").orElse(esc(s.trackingNumber()))));
            page.append("</td></tr>");
        }
        page.append("</table><h2>Your training</h2>");
        training.latestPlacementOf(caseId).flatMap(seat -> training.find(seat.sessionId()).map(session -> {
            var at = session.startsAt().atZoneSameInstant(PARIS);
            return "<p id=\"training\">" + DAY.format(at) + String.format(" at %02d:%02d (Paris time)", at.getHour(), at.getMinute())
                    + (Boolean.TRUE.equals(seat.attended()) ? " — attended, thank you." : session.videoLink().startsWith("https://")
                    ? ": <a href=\"" + esc(session.videoLink()) + "\" rel=\"noopener noreferrer\">join the session</a>" : "") + "</p>";
        })).ifPresentOrElse(page::append, () -> page.append("<p id=\"training\">HR will invite you to a training session soon.</p>"));
        return page.toString();
    }

    /** The parcel's items, one per line: the employee checks each is in the box. */
    private static String list(List<BundleItem> items) {
        return items.size() < 2 ? "" : "<ul>" + items.stream().map(i -> "<li>" + esc(i.label()) + "</li>")
                .collect(java.util.stream.Collectors.joining()) + "</ul>";
    }

    private static String inWords(BundleItemState state) {
        return switch (state) {
            case REQUESTED, RESERVED, AWAITING_PURCHASE, ORDERED, RECEIVED -> "being prepared by IT";
            case IMAGED -> "ready to ship";
            case SHIPPED -> "on its way";
            case DELIVERED -> "delivered";
            default -> state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
