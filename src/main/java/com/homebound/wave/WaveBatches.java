package com.homebound.wave;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import com.homebound.process.AsSystem;

/** Puts a wave's ready rows into batches and starts a "Wave batch" process for each. */
@Component
class WaveBatches {

    private final WaveRepository waves;
    private final RuntimeService runtimeService;
    private final WaveSettings settings;
    private final AsSystem asSystem;

    WaveBatches(WaveRepository waves, RuntimeService runtimeService, WaveSettings settings, AsSystem asSystem) {
        this.waves = waves;
        this.runtimeService = runtimeService;
        this.settings = settings;
        this.asSystem = asSystem;
    }

    /** @return how many batches were started */
    int startReadyRows(long waveId) {
        List<Integer> batches = waves.assignBatches(waveId, settings.batchSize());
        asSystem.call(() -> {
            for (int batch : batches) {
                runtimeService.startProcessInstanceByKey("wave-batch", "wave-" + waveId + "-batch-" + batch,
                        Map.of("waveId", waveId, "batchNo", batch));
            }
            return null;
        });
        return batches.size();
    }
}
