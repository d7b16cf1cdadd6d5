package com.homebound.wave;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import com.homebound.process.AsSystem;

/**
 * A wave's file, checked (dry run) or stored and started: in one transaction, the wave, its rows and
 * its process exist together or not at all.
 */
@Service
class WaveUploads {

    /** Rows are written in chunks while the file is read, so the file is never whole in memory. */
    private static final int CHUNK = 500;

    private final WaveCheck check;
    private final WaveRepository waves;
    private final WaveBatches batches;
    private final RuntimeService runtimeService;
    private final AsSystem asSystem;
    private final Forecaster forecaster;

    WaveUploads(WaveCheck check, WaveRepository waves, WaveBatches batches, RuntimeService runtimeService, AsSystem asSystem,
                Forecaster forecaster) {
        this.check = check;
        this.waves = waves;
        this.batches = batches;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
        this.forecaster = forecaster;
    }

    /** What the file would start, and when everyone would be equipped (a rehearsal); nothing is written. */
    WaveReport dryRun(MultipartFile file, WaveRequest request, LocalDate from, Forecaster.WhatIf whatIf) throws IOException {
        WaveReport report = checked(() -> check.check(file::getInputStream, request.site(), null, row -> { }));
        report.forecast(forecaster.forecast(report.demand(), from, request.targetDate(), whatIf));
        return report;
    }

    /** A new wave from the file: the good rows are stored and the wave's process started. */
    @Transactional
    WaveReport create(MultipartFile file, WaveRequest request, String hr, boolean startNow) throws IOException {
        waves.lockUploads();
        long waveId = waves.create(request, hr);
        WaveReport report = store(waveId, file, request.site());
        if (report.getReady() == 0) {
            throw new NothingToStart(report);
        }
        report.forecast(forecaster.forecast(report.demand(), LocalDate.now(), request.targetDate(), Forecaster.WhatIf.NONE));
        waves.plan(waveId, report.getForecast());
        String processInstanceId = asSystem.call(() -> runtimeService.startProcessInstanceByKey("continuity-wave", "wave-" + waveId,
                Map.of("waveId", waveId, "waveName", request.name(), "startWave", startNow)).getId());
        waves.started(waveId, processInstanceId);
        if (startNow) {
            waves.status(waveId, Wave.STARTING);
        }
        return report;
    }

    /** More rows for a wave (fixed rows of an earlier file): they join it, and start at once if it has started. */
    @Transactional
    WaveReport addFile(Wave wave, MultipartFile file) throws IOException {
        if (Wave.CLOSED.equals(wave.status()) || Wave.CANCELLED.equals(wave.status())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The wave \"" + wave.name() + "\" is " + wave.status().toLowerCase()
                    + ": start a new wave for these people");
        }
        waves.lockUploads();
        WaveReport report = store(wave.id(), file, wave.site());
        if (Wave.STARTING.equals(wave.status())) {
            batches.startReadyRows(wave.id());
        }
        return report;
    }

    private WaveReport store(long waveId, MultipartFile file, String site) throws IOException {
        List<WaveCheck.CheckedRow> chunk = new ArrayList<>();
        WaveReport report = checked(() -> check.check(file::getInputStream, site, waveId, row -> {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                waves.store(waveId, chunk);
                chunk.clear();
            }
        }));
        waves.store(waveId, chunk);
        report.wave(waveId);
        return report;
    }

    private interface Check {
        WaveReport run() throws IOException;
    }

    private static WaveReport checked(Check check) throws IOException {
        try {
            return check.run();
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /** No row of the file can start: nothing is kept, and the report says why for each row. */
    static class NothingToStart extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient WaveReport report;

        NothingToStart(WaveReport report) {
            super("No row of the file can start");
            this.report = report;
        }
    }
}
