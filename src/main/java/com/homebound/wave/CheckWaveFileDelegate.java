package com.homebound.wave;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.onboarding.CaseAdmission;

/**
 * Checks the stored rows again just before HR decides: someone may have got a case since the
 * upload. Tells HR how many will start.
 */
@Component
class CheckWaveFileDelegate implements JavaDelegate {

    private final WaveRepository waves;
    private final CaseAdmission admission;

    CheckWaveFileDelegate(WaveRepository waves, CaseAdmission admission) {
        this.waves = waves;
        this.admission = admission;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long waveId = (Long) execution.getVariable("waveId");
        Set<String> inProgress = admission.employeesInProgress();
        for (WaveRepository.Person person : waves.ready(waveId)) {
            if (inProgress.contains(person.employeeNumber())) {
                waves.markDuplicate(person.id(), "Employee " + person.employeeNumber() + " already has an onboarding case in progress");
            }
        }
        var counts = waves.countByStatus(waveId);
        execution.setVariable("readyCount", counts.get(WaveRepository.READY));
        execution.setVariable("rejectedCount", counts.get(WaveRepository.REJECTED));
    }
}
