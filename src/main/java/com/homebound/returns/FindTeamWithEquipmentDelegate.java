package com.homebound.returns;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;

/** Refuses a team return when nobody in the team has equipment to send back. */
@Component
public class FindTeamWithEquipmentDelegate implements JavaDelegate {

    private final ReturnRepository returns;

    public FindTeamWithEquipmentDelegate(ReturnRepository returns) {
        this.returns = returns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormInput in = FormInput.of(execution);
        String managerId = in.text("managerId", 64);
        in.oneOf("reason", RegisterReturnDelegate.REASONS);
        if (managerId != null && returns.teamMembersWithEquipment(managerId).isEmpty()) {
            in.reject("managerId", "has nobody reporting to them with Homebound equipment to return");
        }
        in.validate();
    }
}
