package com.homebound.tracking;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.process.FormInput;

@Component
public class RecordParcelInvestigation implements TaskListener {

    private final TrackingEventRepository events;

    public RecordParcelInvestigation(TrackingEventRepository events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String finding = in.text("finding", 500);
        in.validate();
        events.note((Long) task.getVariable("shipmentId"), (String) task.getVariable("trackingNumber"), "INVESTIGATED", finding);
        in.consume();
    }
}
