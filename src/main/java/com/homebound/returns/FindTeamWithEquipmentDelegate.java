package com.homebound.returns;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;

/** Finds the people reporting to the manager who have equipment at home; refuses a team return when there is nobody. */
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
        List<String> team = managerId == null ? List.of() : returns.teamMembersWithEquipment(managerId);
        if (managerId != null && team.isEmpty()) {
            in.reject("managerId", "has nobody reporting to them with Homebound equipment to return");
        }
        in.validate();
        // Employee ids: "Return each person's equipment" starts one return per id.
        execution.setVariable("teamMembersWithEquipment", new ArrayList<>(team));
    }
}
