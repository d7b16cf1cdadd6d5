package com.homebound.wave;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Is everyone of the wave ready (or out of it)? Counted from Homebound's tables, not the engine's. */
@Component
class CountWaveProgressDelegate implements JavaDelegate {

    private final WaveRepository waves;

    CountWaveProgressDelegate(WaveRepository waves) {
        this.waves = waves;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("waveSettled", waves.unsettled((Long) execution.getVariable("waveId")) == 0);
    }
}
