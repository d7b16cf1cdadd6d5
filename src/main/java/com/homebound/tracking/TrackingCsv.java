package com.homebound.tracking;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/**
 * The tracking list as a file for Excel: ";" between cells and a UTF-8 byte order mark, as French
 * Excel expects; written page by page as it is read, so a wave of any size takes the same memory.
 */
@Component
class TrackingCsv {

    static final String[] HEADER = {"Employee number", "Name", "Manager", "Wave", "Site", "Status", "Stage", "Waiting on",
            "Held by", "Due", "Late", "Expected ready", "Contract", "Accounts", "Training", "Item", "Item state", "Ordered",
            "Received", "Imaged", "Shipped", "Out for delivery", "Delivered", "Carrier", "Tracking number", "Tracking link"};

    private static final int PAGE = 500;

    private final PeopleTracking people;

    TrackingCsv(PeopleTracking people) {
        this.people = people;
    }

    void write(PeopleTracking.Scope scope, PeopleTracking.Filter filter, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVWriter csv = new CSVWriter(writer, ';', ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n");
        csv.writeNext(HEADER, false);
        Long before = null;
        do {
            PeopleTracking.Page page = people.people(scope, filter, before, PAGE);
            for (PeopleTracking.Person person : page.people()) {
                for (String[] line : lines(person)) {
                    csv.writeNext(neutralised(line), true);
                }
            }
            csv.flush();
            before = page.next();
        } while (before != null);
        csv.flush();
    }

    private static List<String[]> lines(PeopleTracking.Person p) {
        PeopleTracking.Waiting first = p.waitingOn().isEmpty() ? null : p.waitingOn().get(0);
        String[] person = {p.employeeNumber(), p.name(), p.managerId(), p.waveName(), p.site(), p.status(), p.stage(),
                first == null ? "" : first.task(), first == null ? "" : first.heldBy(), first == null ? "" : date(first.due()),
                p.overdue() ? "yes" : "no", String.valueOf(p.expectedReady()), p.contract() == null ? "" : p.contract().status(),
                p.accounts(), p.training() == null ? "not scheduled" : p.training().status()};
        List<String[]> lines = new ArrayList<>();
        if (p.items().isEmpty()) {
            lines.add(join(person, new String[11]));
        }
        for (PeopleTracking.Item item : p.items()) {
            String[] cells = new String[11];
            cells[0] = item.label();
            cells[1] = item.state();
            for (int s = 0; s < PeopleTracking.STEPS.size(); s++) {
                PeopleTracking.Step step = item.timeline().get(s);
                cells[2 + s] = "skipped".equals(step.state()) ? "skipped" : step.at() != null ? date(step.at()) : "done".equals(step.state()) ? "done" : "";
            }
            cells[8] = item.carrier();
            cells[9] = item.trackingNumber();
            cells[10] = item.trackingLink();
            lines.add(join(person, cells));
        }
        return lines;
    }

    /**
     * A cell that starts with = + - @ (or a tab or carriage return) is a formula to Excel: a quote in
     * front keeps it text, so a name like "=HYPERLINK(…)" in HR's file cannot run when the file opens.
     */
    static String[] neutralised(String[] cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i] == null ? "" : cells[i];
            safe[i] = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        }
        return safe;
    }

    private static String[] join(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String date(OffsetDateTime time) {
        return time == null ? "" : time.toLocalDate().toString();
    }
}
