package com.homebound.purchasing;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.homebound.notification.MailOutbox;
import com.homebound.onboarding.Employee;
import com.homebound.onboarding.EmployeeRepository;

/**
 * What a vendor hears about its orders, by mail: a placed order with its lines in the attached CSV
 * that vendors' systems import, a cancelled order, a wave order's line that asks for fewer.
 */
@Component
class PurchaseOrderMail {

    private final PurchaseOrderRepository orders;
    private final VendorRepository vendors;
    private final MailOutbox mail;
    private final String shipTo;

    private final EmployeeRepository employees;

    PurchaseOrderMail(PurchaseOrderRepository orders, VendorRepository vendors, MailOutbox mail, EmployeeRepository employees,
                      @Value("${homebound.it.delivery-address}") String shipTo) {
        this.employees = employees;
        this.orders = orders;
        this.vendors = vendors;
        this.mail = mail;
        this.shipTo = shipTo;
    }

    void send(long orderId) {
        PurchaseOrder order = orders.find(orderId).orElseThrow();
        List<PurchaseOrderLine> lines = orders.linesOf(orderId);
        Vendor vendor = vendors.find(order.vendor())
                .orElseThrow(() -> new IllegalStateException("No email address for vendor " + order.vendor()));
        boolean toHomes = lines.stream().anyMatch(PurchaseOrderLine::shipToHome);
        mail.send(vendor.email(), "purchase-order", Map.of(
                        "vendor", vendor.name(), "poNumber", order.number(), "expectedDelivery", order.expectedDelivery(),
                        "shipTo", toHomes ? "the address on each line (delivery to the employee's home)" : shipTo, "lineCount", lines.size()),
                new MailOutbox.Attachment(order.number() + ".csv", "text/csv", PurchaseOrderCsv.write(order, lines, this::shipTo)));
    }

    /** Drop-shipping: the home address goes to the vendor in this mail only, read from our tables when it is written. */
    private String shipTo(PurchaseOrderLine line) {
        if (!line.shipToHome() || line.bundleItemId() == null) {
            return shipTo;
        }
        Employee employee = employees.ofBundleItem(line.bundleItemId());
        return employee.fullName() + ", " + employee.homeAddress() + " (phone " + employee.phone() + ")";
    }

    void cancelled(PurchaseOrder order, String reason) {
        vendors.find(order.vendor()).ifPresent(vendor -> mail.send(vendor.email(), "purchase-order-cancelled", Map.of(
                "vendor", vendor.name(), "poNumber", order.number(), "reason", reason)));
    }

    void lineReduced(PurchaseOrder order, PurchaseOrderLine line, String reason) {
        vendors.find(order.vendor()).ifPresent(vendor -> mail.send(vendor.email(), "purchase-order-line-reduced", Map.of(
                "vendor", vendor.name(), "poNumber", order.number(), "line", line.lineNo(), "model", line.model(),
                "quantity", line.quantity(), "reason", reason)));
    }
}
