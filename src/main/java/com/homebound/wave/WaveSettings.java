package com.homebound.wave;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How a wave runs: batch size and how often its progress is counted; read by the wave's diagram too. */
@Component("waveSettings")
public class WaveSettings {

    private final int batchSize;
    private final Duration followUp;

    WaveSettings(@Value("${homebound.wave.batch-size:50}") int batchSize,
                 @Value("${homebound.wave.follow-up:PT15M}") Duration followUp) {
        this.batchSize = batchSize;
        this.followUp = followUp;
    }

    int batchSize() {
        return batchSize;
    }

    /** ISO duration for the diagram's timer ("PT15M"). */
    public String followUp() {
        return followUp.toString();
    }
}
