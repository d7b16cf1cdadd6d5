package com.homebound.wave;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts one "Wave batch" process per batch and moves on: the job executor runs the batches side by
 * side. A multi-instance of thousands of cases would make the wave's execution tree the bottleneck.
 */
@Component
class StartCasesInBatchesDelegate implements JavaDelegate {

    private final WaveBatches batches;

    StartCasesInBatchesDelegate(WaveBatches batches) {
        this.batches = batches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("batchCount", batches.startReadyRows((Long) execution.getVariable("waveId")));
    }
}
