package com.homebound.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.homebound.support.AppNode;
import com.homebound.support.TestDatabase;
import com.homebound.support.WaveAcrossNodes;

/**
 * {@code kill -9} of the node starting a wave, then a restart on the same database: every person has
 * exactly one case and one process, no row is lost and none is left half-written. Each batch of the
 * wave is one transaction, so the one the kill interrupts is undone by PostgreSQL and run again once
 * its job's lock expires. The nodes are JVMs of their own (the test JVM cannot SIGKILL itself).
 */
class NodeKilledMidWaveTest {

    private static final int PEOPLE = 300;
    /** The job lock a dead node leaves is taken over after this; production waits two minutes (application.properties). */
    private static final String QUICK_TAKEOVER = "--camunda.bpm.job-execution.lock-time-in-millis=30000";

    @Test
    void aWaveInterruptedByKillNineFinishesAfterRestartWithEachPersonStartedOnce() throws Exception {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "two JVMs share a database only on PostgreSQL");
        var wave = new WaveAcrossNodes("killed_node");
        long waveId;
        AppNode first = wave.startNode("first", QUICK_TAKEOVER);
        try {
            wave.createUsers(first);
            waveId = wave.startWave(first, "KILL", PEOPLE);
            // Killed in the middle: some batches committed, one most likely running, the rest not begun.
            wave.awaitStarted(waveId, started -> started >= PEOPLE / 5 && wave.lockedJobs() > 0, Duration.ofMinutes(3));
            first.kill();
        } finally {
            first.close();
        }
        int startedAtTheKill = wave.started(waveId);
        assertThat(startedAtTheKill).as("people started when the node died").isBetween(PEOPLE / 5, PEOPLE - 1);
        assertThat(wave.lockedJobs()).as("batches the dead node held").isPositive();

        try (AppNode restarted = wave.startNode("restarted", QUICK_TAKEOVER)) {
            wave.awaitStarted(waveId, started -> started == PEOPLE, Duration.ofMinutes(4));
            // A few more seconds: a batch run twice would show up now as a second case or a duplicate row.
            Thread.sleep(3000);
            var outcome = wave.outcome(waveId, "KILL");
            assertThat(outcome.nothingLostNothingTwice(PEOPLE)).as("after the restart: %s", outcome).isTrue();
            assertThat(restarted.alive()).isTrue();
        }
    }
}
