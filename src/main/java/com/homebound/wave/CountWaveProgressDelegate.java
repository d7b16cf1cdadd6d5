package com.homebound.wave;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Has every row of the wave become a case (or been refused)? Is everyone ready (or out of it)? Counted
 * from Homebound's tables, not the engine's.
 */
@Component
class CountWaveProgressDelegate implements JavaDelegate {

    private final WaveRepository waves;

    CountWaveProgressDelegate(WaveRepository waves) {
        this.waves = waves;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long waveId = (Long) execution.getVariable("waveId");
        execution.setVariable("everyoneStarted", waves.countByStatus(waveId).get(WaveRepository.READY) == 0);
        execution.setVariable("waveSettled", waves.unsettled(waveId) == 0);
    }
}
