package com.homebound.wave;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import com.homebound.security.Caller;
import com.homebound.security.Roles;

/** HR's continuity waves: a file of people checked (dry run), started, and followed. */
@RestController
class WaveController {

    private final WaveUploads uploads;
    private final WaveRepository waves;
    private final WaveProgress progress;
    private final WaveConfirmation confirmation;
    private final Caller caller;

    WaveController(WaveUploads uploads, WaveRepository waves, WaveProgress progress, WaveConfirmation confirmation, Caller caller) {
        this.uploads = uploads;
        this.waves = waves;
        this.progress = progress;
        this.confirmation = confirmation;
        this.caller = caller;
    }

    /**
     * A wave's file: with dryRun=true, the report of what would start and nothing written; otherwise
     * the wave is created at once (202, its id) and waits for HR's confirmation, unless start=true.
     */
    @PostMapping(value = "/api/waves", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<WaveReport> upload(@RequestParam("file") MultipartFile file,
                                      @RequestParam(value = "name", required = false) String name,
                                      @RequestParam(value = "planLevel", required = false) String planLevel,
                                      @RequestParam(value = "site", required = false) String site,
                                      @RequestParam(value = "targetDate", required = false) String targetDate,
                                      @RequestParam(value = "dryRun", defaultValue = "false") boolean dryRun,
                                      @RequestParam(value = "start", defaultValue = "false") boolean start,
                                      @RequestParam(value = "from", required = false) String from,
                                      @RequestParam(value = "extraTechnicians", defaultValue = "0") int extraTechnicians,
                                      @RequestParam(value = "extraLaptops", defaultValue = "0") int extraLaptops,
                                      @RequestParam(value = "leadTimeDays", required = false) Integer leadTimeDays) throws IOException {
        String hr = caller.requireAnyGroup(Roles.HR);
        WaveRequest request = WaveRequest.of(name, planLevel, site, targetDate);
        if (dryRun) {
            // A rehearsal: "if level 3 is declared tomorrow at Tours…", with what-if capacities.
            if (extraTechnicians < 0 || extraLaptops < 0 || (leadTimeDays != null && (leadTimeDays < 0 || leadTimeDays > 365))) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "Extra technicians and extra laptops can't be negative; a vendor's lead time is 0 to 365 days");
            }
            LocalDate day = from == null || from.isBlank() ? LocalDate.now().plusDays(1) : WaveRequest.date(from);
            if (day == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "From must be a date like 2026-03-16 or 16/03/2026");
            }
            return ResponseEntity.ok(uploads.dryRun(file, request, day,
                    new Forecaster.WhatIf(Map.of(request.site(), extraTechnicians), extraLaptops, leadTimeDays)));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(uploads.create(file, request, hr, start));
    }

    /** Fixed rows (or more people) for a wave: they join it, and start at once if the wave has started. */
    @PostMapping(value = "/api/waves/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    WaveReport addFile(@PathVariable("id") long id, @RequestParam("file") MultipartFile file) throws IOException {
        caller.requireAnyGroup(Roles.HR);
        return uploads.addFile(wave(id), file);
    }

    /** HR's "Start the wave", the same as completing *Confirm the wave* in Tasklist. */
    @PostMapping("/api/waves/{id}/start")
    Map<String, Object> start(@PathVariable("id") long id) {
        caller.requireAnyGroup(Roles.HR);
        confirmation.start(wave(id).id());
        return Map.of("waveId", id, "status", Wave.STARTING);
    }

    @GetMapping("/api/waves")
    List<Wave> list() {
        caller.requireAnyGroup(Roles.HR, Roles.IT);
        return waves.all();
    }

    @GetMapping("/api/waves/{id}")
    WaveProgress.View get(@PathVariable("id") long id) {
        caller.requireAnyGroup(Roles.HR, Roles.IT);
        return progress.of(wave(id));
    }

    private Wave wave(long id) {
        return waves.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No wave " + id));
    }

    @ExceptionHandler(WaveUploads.NothingToStart.class)
    ResponseEntity<Map<String, Object>> nothingToStart(WaveUploads.NothingToStart e) {
        return ResponseEntity.badRequest().body(Map.of("status", 400, "message",
                "No row of the file can start, so no wave was created: each row's problem is in the report", "report", e.report));
    }
}
