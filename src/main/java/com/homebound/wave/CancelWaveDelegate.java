package com.homebound.wave;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** HR did not start the wave: its people are free to join another one. */
@Component
class CancelWaveDelegate implements JavaDelegate {

    private final WaveRepository waves;

    CancelWaveDelegate(WaveRepository waves) {
        this.waves = waves;
    }

    @Override
    public void execute(DelegateExecution execution) {
        waves.status((Long) execution.getVariable("waveId"), Wave.CANCELLED);
    }
}
