package com.homebound.shipping;

import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.homebound.equipment.BundleItem;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;
import com.opencsv.CSVWriter;

/**
 * A carrier's pick list for a day: its kits sealed and waiting, or taken that day, with what a label
 * needs. Only the carrier's own parcels: a kit carried by another carrier is never listed.
 */
@Component
class PickList {

    static final String[] HEADER = {"reference", "carrier", "tracking_number", "recipient", "street", "postal_code", "city",
            "country", "phone", "items", "item_count", "state"};

    private final KitRepository kits;
    private final EmployeeRepository employees;

    PickList(KitRepository kits, EmployeeRepository employees) {
        this.kits = kits;
        this.employees = employees;
    }

    record Line(String reference, String carrier, String trackingNumber, String recipient, String street, String postalCode,
                String city, String country, String phone, List<String> items, String state) {
    }

    List<Line> of(Set<Carrier> carriers, LocalDate day) {
        List<Line> lines = new ArrayList<>();
        for (Shipment kit : kits.pickListOf(carriers.stream().map(Carrier::displayName).toList(), day)) {
            Employee to = employees.ofBundleItem(kit.bundleItemId());
            lines.add(new Line(ParcelReference.ofKit(kit.id()), kit.carrier(), kit.trackingNumber(), to.fullName(), kit.street(),
                    kit.postalCode(), kit.city(), kit.country(), to.phone(),
                    kits.itemsOf(kit.id()).stream().map(BundleItem::label).toList(), kit.state()));
        }
        return lines;
    }

    /** Excel's CSV: a BOM, ";" between fields; a cell that Excel would read as a formula is neutralised. */
    static String csv(List<Line> lines) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVWriter csv = new CSVWriter(out, ';', CSVWriter.DEFAULT_QUOTE_CHARACTER, CSVWriter.DEFAULT_ESCAPE_CHARACTER,
                CSVWriter.DEFAULT_LINE_END)) {
            csv.writeNext(HEADER, true);
            for (Line line : lines) {
                csv.writeNext(new String[] {line.reference(), line.carrier(), cell(line.trackingNumber()), cell(line.recipient()),
                        cell(line.street()), cell(line.postalCode()), cell(line.city()), line.country(), cell(line.phone()),
                        cell(String.join(" + ", line.items())), String.valueOf(line.items().size()), line.state()}, true);
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    // A phone "+33 6 ..." or a name "=HYPERLINK(...)" must stay text in the carrier's spreadsheet.
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A printable page: one block per kit, its label's data and the items to pick. */
    static String page(LocalDate day, List<Line> lines) {
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(lines.size()).append(" kit(s) for ").append(day).append(". Print this page (Ctrl+P).</p>");
        for (Line line : lines) {
            body.append("<section style=\"border:1px solid #000;padding:.5em 1em;margin:1em 0;page-break-inside:avoid\">")
                    .append("<h2 style=\"margin:.2em 0\">").append(esc(line.reference())).append("</h2><p><strong>")
                    .append(esc(line.recipient())).append("</strong><br>").append(esc(line.street())).append("<br>")
                    .append(esc(line.postalCode())).append(' ').append(esc(line.city())).append(", ").append(esc(line.country()))
                    .append("<br>Phone ").append(esc(line.phone())).append("</p><p>")
                    .append(esc(line.carrier())).append(line.trackingNumber() == null ? ", not yet taken"
                            : ", tracking " + esc(line.trackingNumber()))
                    .append("</p><ul>")
                    .append(line.items().stream().map(i -> "<li>&#9744; " + esc(i) + "</li>").collect(Collectors.joining()))
                    .append("</ul></section>");
        }
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Pick list " + day + "</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:50em;margin:2em auto\"><h1>Pick list " + day + "</h1>"
                + body + "</body></html>";
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
