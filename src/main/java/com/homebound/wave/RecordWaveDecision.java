package com.homebound.wave;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;

/** HR's answer to "Start the wave?". */
@Component
class RecordWaveDecision implements TaskListener {

    private final WaveRepository waves;

    RecordWaveDecision(WaveRepository waves) {
        this.waves = waves;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String answer = in.oneOf("startWave", Set.of("yes", "no"));
        in.validate();
        boolean start = "yes".equals(answer);
        in.consume();
        task.setVariable("startWave", start);
        if (start) {
            waves.status((Long) task.getVariable("waveId"), Wave.STARTING);
        }
    }
}
