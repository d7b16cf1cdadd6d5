package com.homebound.equipment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.process.CurrentUser;
import com.homebound.process.FormInput;

/** Refuses to complete imaging until every hardening control is confirmed. */
@Component
public class RecordImagingChecklist implements TaskListener {

    private final ImagingChecklistRepository checklists;
    private final BundleItemRepository bundle;

    public RecordImagingChecklist(ImagingChecklistRepository checklists, BundleItemRepository bundle) {
        this.checklists = checklists;
        this.bundle = bundle;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        ImagingChecklist checklist = ImagingChecklist.confirmedIn(in);
        in.validate();
        long itemId = (Long) task.getVariable("bundleItemId");
        checklists.record(itemId, checklist, CurrentUser.of(task));
        bundle.moveTo(itemId, BundleItemState.IMAGED);
        in.consume();
    }
}
