package com.homebound.tracking;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import com.homebound.importing.CsvFile;
import com.homebound.importing.ImportReport;
import com.homebound.security.Caller;
import com.homebound.security.Roles;
import com.homebound.shipping.Carrier;
import com.homebound.shipping.CarrierUsers;

/** Tracking for carriers without webhooks: a CSV manifest, applied line by line like webhook events. */
@RestController
public class ManifestController {

    static final List<String> COLUMNS = List.of("tracking_number", "status", "timestamp", "location");

    private final ShipmentTracker tracker;
    private final Caller caller;
    private final CarrierUsers carrierUsers;

    public ManifestController(ShipmentTracker tracker, Caller caller, CarrierUsers carrierUsers) {
        this.tracker = tracker;
        this.caller = caller;
        this.carrierUsers = carrierUsers;
    }

    @PostMapping(value = "/api/carriers/manifests", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportReport upload(@RequestParam("file") MultipartFile file) throws IOException {
        Carrier reportedBy = carrierOfCaller();
        List<CsvFile.Row> rows = CsvFile.upload(file, COLUMNS);
        ImportReport report = new ImportReport();
        for (CsvFile.Row row : rows) {
            try {
                TrackingUpdate update = read(row);
                switch (tracker.apply(update, reportedBy)) {
                    case APPLIED -> report.applied();
                    case DUPLICATE -> report.alreadyApplied();
                    case UNMATCHED -> report.unmatched(row.line(), "no shipment has tracking number " + update.trackingNumber()
                            + "; kept for IT");
                }
            } catch (IllegalArgumentException | ShipmentTracker.Refused e) {
                report.reject(row.line(), e.getMessage());
            } catch (RuntimeException e) {
                // The tracker rolled this line back alone; the next lines still go through.
                report.reject(row.line(), "could not be applied: " + ImportReport.reasonOf(e));
            }
        }
        return report;
    }

    /** IT reports for any carrier (null); a carrier's user for its own carrier only. */
    private Carrier carrierOfCaller() {
        String userId = caller.requireAnyGroup(Roles.CARRIERS, Roles.IT);
        if (caller.isInGroup(Roles.IT)) {
            return null;
        }
        Set<Carrier> carriers = carrierUsers.ofCaller();
        if (carriers.size() != 1) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "User " + userId + (carriers.isEmpty()
                    ? " ships for no carrier yet" : " ships for several carriers") + ": IT links it to one carrier with "
                    + "PUT /api/carriers/{carrier}/users/" + userId);
        }
        return carriers.iterator().next();
    }

    static TrackingUpdate read(CsvFile.Row row) {
        if (row.error() != null) {
            throw new IllegalArgumentException(row.error());
        }
        String trackingNumber = row.get("tracking_number");
        TrackingUpdate.checkTrackingNumber(trackingNumber, "tracking_number");
        String statusText = row.get("status");
        TrackingStatus status = TrackingStatus.parse(statusText).orElseThrow(() -> new IllegalArgumentException(
                "status '" + statusText + "' is not one of InfoReceived, InTransit, OutForDelivery, AttemptFail, Delivered, "
                        + "AvailableForPickup, Exception, Expired"));
        String timestamp = row.get("timestamp");
        OffsetDateTime occurredAt = TrackingUpdate.time(timestamp, "timestamp");
        return new TrackingUpdate("MANIFEST", "manifest:" + trackingNumber + "|" + status.name() + "|" + occurredAt.toInstant(),
                trackingNumber, null, null, status, occurredAt, row.get("location"), null);
    }
}
