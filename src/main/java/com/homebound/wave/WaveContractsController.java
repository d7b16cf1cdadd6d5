package com.homebound.wave;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.homebound.contract.ContractBatch;
import com.homebound.security.Caller;
import com.homebound.security.Roles;

/** HR sends a wave's amendments and contracts in one action; each person still gets their own reference and mail. */
@RestController
class WaveContractsController {

    private final WaveRepository waves;
    private final ContractBatch contracts;
    private final Caller caller;

    WaveContractsController(WaveRepository waves, ContractBatch contracts, Caller caller) {
        this.waves = waves;
        this.contracts = contracts;
        this.caller = caller;
    }

    @PostMapping("/api/hr/waves/{waveId}/contracts/send")
    ContractBatch.SendReport send(@PathVariable("waveId") long waveId) {
        caller.requireAnyGroup(Roles.HR);
        waves.find(waveId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No wave " + waveId));
        return contracts.sendForWave(waveId);
    }
}
