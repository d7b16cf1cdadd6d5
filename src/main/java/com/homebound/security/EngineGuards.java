package com.homebound.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts Homebound's guards into the engine's command chain. Every REST path variant, Tasklist's own
 * API and Java code reach the engine through these commands, so a check here cannot be bypassed by
 * spelling a URL differently.
 */
@Component
class EngineGuards extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(withGuards(configuration,
                configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(withGuards(configuration,
                configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
        // Inside the command's transaction: a task's row is locked before it is completed (TaskCompletedOnce).
        configuration.setCustomPostCommandInterceptorsTxRequired(withTaskLock(configuration.getCustomPostCommandInterceptorsTxRequired()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(withTaskLock(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
        // UserMistakes logs what commands throw: a user's mistake at INFO, a bug at ERROR.
        configuration.setEnableCmdExceptionLogging(false);
        // CVE-2026-109432: ad-hoc expressions stay off; stored ones only for our own filters (QueryExpressionGuard).
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(true);
        configuration.setHistoryEventHandler(new PersonalDataOutOfHistory(configuration));
    }

    private static List<CommandInterceptor> withTaskLock(List<CommandInterceptor> existing) {
        List<CommandInterceptor> chain = new ArrayList<>();
        if (existing != null) {
            chain.addAll(existing);
        }
        chain.add(new TaskCompletedOnce());
        return chain;
    }

    private static List<CommandInterceptor> withGuards(ProcessEngineConfigurationImpl configuration, List<CommandInterceptor> existing) {
        List<CommandInterceptor> chain = new ArrayList<>();
        chain.add(new UserMistakes(configuration));
        chain.add(new QueryExpressionGuard(configuration));
        chain.add(new SubmittedValuesGuard(configuration));
        chain.add(new LastAdministratorGuard(configuration));
        if (existing != null) {
            chain.addAll(existing);
        }
        return chain;
    }
}
