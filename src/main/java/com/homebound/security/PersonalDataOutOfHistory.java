package com.homebound.security;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * A home address, phone or personal email passes through the engine only on its way from a form
 * into Homebound's tables, or to show on an open task. The engine's history would keep it for
 * years (history level full): events about these variables are not written there at all.
 */
class PersonalDataOutOfHistory implements HistoryEventHandler {

    static final Set<String> VARIABLES = PersonalData.VARIABLES;

    private final ProcessEngineConfigurationImpl configuration;
    private volatile HistoryEventHandler database;

    PersonalDataOutOfHistory(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!personal(event)) {
            database().handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    static boolean personal(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return VARIABLES.contains(variable.getVariableName());
        }
        return event instanceof HistoricFormPropertyEventEntity property && VARIABLES.contains(property.getPropertyId());
    }

    /** Built on first use: other plugins add their handlers to the configuration after ours. */
    private HistoryEventHandler database() {
        if (database == null) {
            synchronized (this) {
                if (database == null) {
                    database = configuration.isEnableDefaultDbHistoryEventHandler()
                            ? new CompositeDbHistoryEventHandler(configuration.getCustomHistoryEventHandlers())
                            : new CompositeHistoryEventHandler(configuration.getCustomHistoryEventHandlers());
                }
            }
        }
        return database;
    }
}
