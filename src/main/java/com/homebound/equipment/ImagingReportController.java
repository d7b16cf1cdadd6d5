package com.homebound.equipment;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import com.homebound.importing.LineReport;
import com.homebound.security.Caller;
import com.homebound.security.Roles;

/** IT uploads an imaging bench's or MDM's report: the laptops it shows hardened are imaged. */
@RestController
class ImagingReportController {

    private final ImagingReports reports;
    private final Caller caller;

    ImagingReportController(ImagingReports reports, Caller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    /** With dryRun=true, what each line would do, and nothing written. */
    @PostMapping(value = "/api/it/imaging-reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    LineReport upload(@RequestParam("file") MultipartFile file, @RequestParam(value = "dryRun", defaultValue = "false") boolean dryRun)
            throws IOException {
        caller.requireAnyGroup(Roles.IT);
        try {
            return reports.apply(file::getInputStream, dryRun);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
