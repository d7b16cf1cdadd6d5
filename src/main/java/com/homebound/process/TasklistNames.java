package com.homebound.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A user task's name in the diagram says what is done ("Image and harden laptop"); the task a person
 * sees in Tasklist says for whom ("Image and harden laptop for Amina Berrada"). The personal name
 * comes from the task's extension property {@value #PROPERTY}, an expression, when the task is created.
 */
@Component
class TasklistNames extends AbstractProcessEnginePlugin {

    static final String PROPERTY = "tasklistName";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new NameFromProperty(configuration));
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    private static final class NameFromProperty extends AbstractBpmnParseListener {

        private final ProcessEngineConfigurationImpl configuration;

        NameFromProperty(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            String name = tasklistName(userTaskElement);
            if (name != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                userTask.getTaskDefinition().setNameExpression(configuration.getExpressionManager().createExpression(name));
            }
        }

        private static String tasklistName(Element userTask) {
            Element extensions = userTask.element("extensionElements");
            Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
            if (properties == null) {
                return null;
            }
            return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                    .filter(p -> PROPERTY.equals(p.attribute("name")))
                    .map(p -> p.attribute("value")).findFirst().orElse(null);
        }
    }
}
