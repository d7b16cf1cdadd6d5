package com.homebound.wave;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.homebound.purchasing.WavePurchaseOrders;

/**
 * Once every case has started, the wave's purchases go out: one order per vendor, one line per model.
 * Run again each time round, it sends what was added since (a purchase IT approved later) as a follow-up order.
 */
@Component
class SendWavePurchaseOrdersDelegate implements JavaDelegate {

    private final WavePurchaseOrders orders;

    SendWavePurchaseOrdersDelegate(WavePurchaseOrders orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        orders.send((Long) execution.getVariable("waveId"));
    }
}
