package com.homebound.purchasing;

import java.io.StringWriter;
import java.util.List;

import com.opencsv.CSVWriter;

/** The CSV attached to a purchase order mail: one row per line, in the columns vendors' systems import. */
public final class PurchaseOrderCsv {

    static final String[] HEADER = {"po_number", "line", "model", "quantity", "unit_price_eur", "expected_delivery", "ship_to"};

    private PurchaseOrderCsv() {
    }

    public static String write(PurchaseOrder order, List<PurchaseOrderLine> lines, String shipTo) {
        return write(order, lines, line -> shipTo);
    }

    /** Each line's delivery address: IT's, or the employee's home for a line the vendor ships there. */
    public static String write(PurchaseOrder order, List<PurchaseOrderLine> lines, java.util.function.Function<PurchaseOrderLine, String> shipTo) {
        StringWriter out = new StringWriter();
        try (CSVWriter csv = new CSVWriter(out)) {
            csv.writeNext(HEADER, false);
            for (PurchaseOrderLine line : lines) {
                csv.writeNext(new String[] {order.number(), String.valueOf(line.lineNo()), line.model(),
                        String.valueOf(line.quantity()), line.unitPrice().toPlainString(),
                        String.valueOf(order.expectedDelivery()), shipTo.apply(line)}, false);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
