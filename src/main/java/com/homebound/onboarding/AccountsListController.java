package com.homebound.onboarding;

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

/** IT uploads the list of accounts it opened for a wave: each person listed has their accounts and VPN set up. */
@RestController
class AccountsListController {

    private final AccountsLists lists;
    private final Caller caller;

    AccountsListController(AccountsLists lists, Caller caller) {
        this.lists = lists;
        this.caller = caller;
    }

    /** With dryRun=true, what each line would do, and nothing written. */
    @PostMapping(value = "/api/it/accounts-lists", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    LineReport upload(@RequestParam("file") MultipartFile file, @RequestParam(value = "dryRun", defaultValue = "false") boolean dryRun)
            throws IOException {
        caller.requireAnyGroup(Roles.IT);
        try {
            return lists.apply(file::getInputStream, dryRun);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
