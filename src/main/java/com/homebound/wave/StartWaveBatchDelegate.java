package com.homebound.wave;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.homebound.onboarding.CaseAdmission;
import com.homebound.onboarding.RegisterCaseDelegate;
import com.homebound.process.FormInput;

/**
 * Registers each ready row of one batch as an onboarding case, all in this job's transaction: a
 * crash or a refusal undoes the whole batch, and the retry skips the rows already started.
 */
@Component
class StartWaveBatchDelegate implements JavaDelegate {

    private static final String CASE_TYPE = "caseType";

    private final WaveRepository waves;
    private final RuntimeService runtimeService;
    private final CaseAdmission admission;

    StartWaveBatchDelegate(WaveRepository waves, RuntimeService runtimeService, CaseAdmission admission) {
        this.waves = waves;
        this.runtimeService = runtimeService;
        this.admission = admission;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long waveId = (Long) execution.getVariable("waveId");
        int batchNo = (Integer) execution.getVariable("batchNo");
        var inProgress = admission.employeesInProgress();
        for (WaveRepository.Person person : waves.readyInBatch(waveId, batchNo)) {
            if (inProgress.contains(person.employeeNumber())) {
                // Started meanwhile from a form or another wave: the report shows why this row did not start.
                waves.markDuplicate(person.id(), "Employee " + person.employeeNumber() + " already has an onboarding case in progress");
                continue;
            }
            // The row was checked at upload; a manager removed since then is caught here, not by a failing batch.
            FormInput in = FormInput.ofValues(person.fields(), WaveCheck.START_FORM);
            WaveCheck.asStartForm(in, admission::findManager);
            if (!in.problems().isEmpty()) {
                waves.markRejected(person.id(), String.join("; ", in.problems().values()));
                continue;
            }
            Map<String, Object> startForm = new HashMap<>(person.fields());
            startForm.remove(WaveColumns.SITE);
            startForm.put(RegisterCaseDelegate.WAVE_ID, waveId);
            // Transient: the row's fields live until "Register onboarding case" has written them to Homebound's
            // tables, in this transaction, and are never written as process variables or their history. A form's
            // fields are written, then removed; at wave scale that was a fifth of the rows a case start writes.
            VariableMap transientStartForm = Variables.createVariables();
            // The case type stays a process variable: the diagram branches on it, and the engine will not let a
            // transient variable be replaced by a stored one of the same name.
            startForm.forEach((name, value) -> transientStartForm.putValueTyped(name,
                    Variables.untypedValue(value, !CASE_TYPE.equals(name))));
            var started = runtimeService.createProcessInstanceByKey("onboarding").setVariables(transientStartForm)
                    .executeWithVariablesInReturn();
            waves.markStarted(person.id(), (Long) started.getVariables().get("caseId"));
        }
    }

}
