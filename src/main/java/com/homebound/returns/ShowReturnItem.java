package com.homebound.returns;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.homebound.equipment.AssetRepository;
import com.homebound.process.FormText;

@Component
public class ShowReturnItem implements TaskListener {

    private final ReturnRepository returns;
    private final AssetRepository assets;

    public ShowReturnItem(ReturnRepository returns, AssetRepository assets) {
        this.returns = returns;
        this.assets = assets;
    }

    @Override
    public void notify(DelegateTask task) {
        long returnItemId = (Long) task.getVariable("returnItemId");
        ReturnRepository.ReturnItem item = returns.item(returnItemId);
        task.setVariableLocal("returnItemLabel", FormText.literal(returns.labelOf(returnItemId)));
        task.setVariableLocal("returnSerial", item.assetId() == null ? "not recorded" : FormText.literal(assets.get(item.assetId()).serialNumber()));
    }
}
