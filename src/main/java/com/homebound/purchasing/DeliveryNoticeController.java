package com.homebound.purchasing;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import com.homebound.importing.CsvFile;
import com.homebound.importing.ImportReport;
import com.homebound.importing.ImportReportPage;
import com.homebound.security.Caller;
import com.homebound.security.Roles;

/** Vendors' advance shipping notices, as a CSV upload (from a vendor's system or IT's page) or as JSON. */
@RestController
public class DeliveryNoticeController {

    static final List<String> COLUMNS = List.of("po_number", "line", "serial_number", "asset_tag", "ship_date");

    public record JsonNotice(List<JsonLine> lines) {
    }

    public record JsonLine(String poNumber, Integer line, String serialNumber, String assetTag, String shipDate, String carrier,
                           String trackingNumber) {
    }

    private final DeliveryNoticeService notices;
    private final VendorRepository vendors;
    private final Caller caller;

    public DeliveryNoticeController(DeliveryNoticeService notices, VendorRepository vendors, Caller caller) {
        this.notices = notices;
        this.vendors = vendors;
        this.caller = caller;
    }

    @PostMapping(value = "/api/vendors/delivery-notices", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportReport upload(@RequestParam("file") MultipartFile file) throws IOException {
        String vendor = vendorOfCaller();
        List<CsvFile.Row> rows = CsvFile.upload(file, COLUMNS);
        ImportReport report = new ImportReport();
        for (CsvFile.Row row : rows) {
            if (row.error() != null) {
                report.reject(row.line(), row.error());
                continue;
            }
            try {
                notices.apply(row.line(), new DeliveryNotice(row.get("po_number"), integer(row.get("line")),
                        row.get("serial_number"), row.get("asset_tag"), date(row.get("ship_date")),
                        row.get("carrier"), row.get("tracking_number")), vendor, report);
            } catch (IllegalArgumentException e) {
                report.reject(row.line(), e.getMessage());
            }
        }
        return report;
    }

    @PostMapping(value = "/api/vendors/delivery-notices", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ImportReport post(@RequestBody JsonNotice body) {
        String vendor = vendorOfCaller();
        if (body == null || body.lines() == null || body.lines().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Expected {\"lines\": [{\"poNumber\", \"line\", \"serialNumber\", \"assetTag\", \"shipDate\"}]} with at least one line");
        }
        // A null line is a malformed body, not a line to report: refuse it before any line is applied.
        int missing = body.lines().indexOf(null);
        if (missing >= 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Line " + (missing + 1)
                    + " is empty (null): each line is {\"poNumber\", \"line\", \"serialNumber\", \"assetTag\", \"shipDate\"}");
        }
        ImportReport report = new ImportReport();
        for (int i = 0; i < body.lines().size(); i++) {
            JsonLine line = body.lines().get(i);
            try {
                notices.apply(i + 1, new DeliveryNotice(line.poNumber(), line.line(), line.serialNumber(), line.assetTag(),
                        date(line.shipDate()), line.carrier(), line.trackingNumber()), vendor, report);
            } catch (IllegalArgumentException e) {
                report.reject(i + 1, e.getMessage());
            }
        }
        return report;
    }

    /** IT's page: pick the vendor's CSV and upload it. */
    @GetMapping(value = "/api/vendors/delivery-notices", produces = MediaType.TEXT_HTML_VALUE)
    public String page() {
        caller.requireAnyGroup(Roles.IT);
        return ImportReportPage.uploadForm("Upload a vendor delivery notice (ASN)", "/api/vendors/delivery-notices/page",
                String.join(",", COLUMNS));
    }

    @PostMapping(value = "/api/vendors/delivery-notices/page", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    public String uploadFromPage(@RequestParam("file") MultipartFile file) throws IOException {
        caller.requireAnyGroup(Roles.IT);
        return ImportReportPage.result("Delivery notice " + file.getOriginalFilename(), upload(file));
    }

    /** IT may notify any order (null); a vendor's user only its vendor's orders. */
    private String vendorOfCaller() {
        String userId = caller.requireAnyGroup(Roles.IT, Roles.VENDORS);
        if (caller.isInGroup(Roles.IT)) {
            return null;
        }
        return vendors.vendorOfUser(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                "User " + userId + " speaks for no vendor yet: IT links it with PUT /api/vendors/{vendor}/users/{userId}"));
    }

    /** IT says which vendor a user of the vendors group speaks for. */
    @PutMapping("/api/vendors/{vendor}/users/{userId}")
    public Map<String, String> linkUser(@PathVariable String vendor, @PathVariable String userId) {
        caller.requireAnyGroup(Roles.IT);
        if (!VendorRepository.USER_ID.matcher(userId).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The user id must be 1 to 64 letters, digits, dots, dashes, underscores or @, as in Camunda Admin");
        }
        if (vendors.find(vendor).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No vendor " + DeliveryNoticeService.shown(vendor));
        }
        vendors.speaksFor(userId, vendor);
        return Map.of("userId", userId, "vendor", vendor);
    }


    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line must be a number, got '" + DeliveryNoticeService.shown(text) + "'");
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ship_date must be a date like 2026-11-20, got '" + DeliveryNoticeService.shown(text) + "'");
        }
    }
}
