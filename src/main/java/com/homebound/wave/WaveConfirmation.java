package com.homebound.wave;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import com.homebound.process.AsSystem;

/**
 * HR's "Start the wave" on the wave page: completes the wave's *Confirm the wave* task as HR. The wave's row
 * is locked first, so a second click (a double click, or a colleague on another node) waits for the first
 * and is then told the wave is already starting, instead of racing it to the same task.
 */
@Component
class WaveConfirmation {

    private final WaveRepository waves;
    private final TaskService taskService;
    private final AsSystem asSystem;

    WaveConfirmation(WaveRepository waves, TaskService taskService, AsSystem asSystem) {
        this.waves = waves;
        this.taskService = taskService;
        this.asSystem = asSystem;
    }

    @Transactional
    void start(long waveId) {
        Wave wave = waves.lock(waveId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No wave " + waveId));
        Task confirm = asSystem.call(() -> taskService.createTaskQuery().processInstanceBusinessKey("wave-" + wave.id())
                .taskDefinitionKey("ConfirmWave").singleResult());
        if (confirm == null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, Wave.CHECKED.equals(wave.status())
                    ? "The wave's file is still being checked: try again in a moment"
                    : "The wave \"" + wave.name() + "\" is already " + wave.status().toLowerCase());
        }
        // As HR, not as the system: the engine checks that the caller may work the task, as in Tasklist.
        taskService.complete(confirm.getId(), Map.of("startWave", "yes"));
    }
}
