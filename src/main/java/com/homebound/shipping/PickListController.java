package com.homebound.shipping;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.homebound.process.Deadlines;
import com.homebound.security.Caller;
import com.homebound.security.Roles;

/** A carrier prints the day's kits it carries: a CSV for its label software, or a page to print. */
@RestController
class PickListController {

    private final PickList pickList;
    private final Caller caller;
    private final CarrierUsers carrierUsers;

    PickListController(PickList pickList, Caller caller, CarrierUsers carrierUsers) {
        this.pickList = pickList;
        this.caller = caller;
        this.carrierUsers = carrierUsers;
    }

    @GetMapping("/api/carriers/pick-list.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String day) {
        caller.requireAnyGroup(Roles.CARRIERS);
        LocalDate date = dayOf(day);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pick-list-" + date + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(PickList.csv(pickList.of(carrierUsers.ofCaller(), date)).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/api/carriers/pick-list", produces = MediaType.TEXT_HTML_VALUE)
    String page(@RequestParam(required = false) String day) {
        caller.requireAnyGroup(Roles.CARRIERS);
        LocalDate date = dayOf(day);
        return PickList.page(date, pickList.of(carrierUsers.ofCaller(), date));
    }

    private static LocalDate dayOf(String day) {
        if (day == null || day.isBlank()) {
            return Deadlines.today();
        }
        try {
            return LocalDate.parse(day.trim());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Day must be a date like 2026-11-23");
        }
    }
}
