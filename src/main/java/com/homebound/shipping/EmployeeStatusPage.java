package com.homebound.shipping;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
    private final TrainingSessionRepository training;

    EmployeeStatusPage(BundleItemRepository bundle, ShipmentRepository shipments, TrainingSessionRepository training) {
        this.bundle = bundle;
        this.shipments = shipments;
        this.training = training;
    }

    /** The page for the parcel this link was made for; sig is put back in the confirmation form. */
    String html(Shipment parcel, BundleItem parcelItem, String sig) {
        StringBuilder page = new StringBuilder();
        if (parcel.delivered()) {
            page.append("<p class=\"done\">Your ").append(esc(parcelItem.label())).append(" is recorded as delivered on ")
                    .append(parcel.deliveredOn()).append(". Thank you.</p>");
        } else {
            page.append("<p>Has your ").append(esc(parcelItem.label())).append(" (").append(esc(parcel.carrier())).append(' ')
                    .append(esc(parcel.trackingNumber())).append(") arrived?</p>")
                    // The form posts to the path alone: posted to the link's own URL, the signature would arrive twice
                    // (query and field), and Spring would read the two joined by a comma, an invalid signature.
                    .append("<form method=\"post\" action=\"/receipt/").append(parcel.id()).append("\"><input type=\"hidden\" name=\"sig\" value=\"")
                    .append(esc(sig)).append("\"><button type=\"submit\" id=\"confirmReceipt\">Yes, I received it</button></form>");
        }
        page.append("<h2>Everything coming to you</h2><table><tr><th>Item</th><th>Where it is</th><th>Parcel</th></tr>");
        for (BundleItem item : bundle.itemsOf(parcelItem.caseId())) {
            if (item.state() == BundleItemState.CANCELLED) {
                continue;
            }
            page.append("<tr><td>").append(esc(item.label())).append("</td><td>").append(inWords(item.state())).append("</td><td>");
            shipments.latestFor(item.id()).ifPresent(s -> page.append(esc(s.carrier())).append(' ')
                    .append(Carrier.byName(s.carrier()).map(c -> "<a class=\"tracking\" href=\"" + esc(c.trackingLink(s.trackingNumber()))
                            + "\" rel=\"noopener noreferrer\">" + esc(s.trackingNumber()) + "</a>").orElse(esc(s.trackingNumber()))));
            page.append("</td></tr>");
        }
        page.append("</table><h2>Your training</h2>");
        training.latestOf(parcelItem.caseId()).ifPresentOrElse(session -> page.append("<p id=\"training\">")
                .append(DAY.format(session.startsAt().atZoneSameInstant(PARIS))).append(String.format(" at %02d:%02d (Paris time)",
                        session.startsAt().atZoneSameInstant(PARIS).getHour(), session.startsAt().atZoneSameInstant(PARIS).getMinute()))
                .append(Boolean.TRUE.equals(session.attended()) ? " — attended, thank you." : session.videoLink().startsWith("https://")
                        ? ": <a href=\"" + esc(session.videoLink()) + "\" rel=\"noopener noreferrer\">join the session</a>" : "")
                .append("</p>"), () -> page.append("<p id=\"training\">HR will invite you to a training session soon.</p>"));
        return page.toString();
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
