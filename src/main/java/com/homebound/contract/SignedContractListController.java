package com.homebound.contract;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import com.homebound.importing.ImportReport;
import com.homebound.security.Caller;
import com.homebound.security.Roles;

/** HR's list of signed copies (employee id, signed on), recorded line by line. */
@RestController
class SignedContractListController {

    private final ContractBatch batch;
    private final Caller caller;

    SignedContractListController(ContractBatch batch, Caller caller) {
        this.batch = batch;
        this.caller = caller;
    }

    @PostMapping(value = "/api/hr/contracts/signed", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport upload(@RequestParam("file") MultipartFile file) throws IOException {
        caller.requireAnyGroup(Roles.HR);
        try {
            return batch.recordSigned(file.getInputStream());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
