package com.homebound.wave;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class CloseWaveDelegate implements JavaDelegate {

    private final WaveRepository waves;

    CloseWaveDelegate(WaveRepository waves) {
        this.waves = waves;
    }

    @Override
    public void execute(DelegateExecution execution) {
        waves.status((Long) execution.getVariable("waveId"), Wave.CLOSED);
    }
}
