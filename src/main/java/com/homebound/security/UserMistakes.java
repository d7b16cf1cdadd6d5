package com.homebound.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost step of every engine call. A person's mistake (a form the server refused, a guard's
 * "no") is logged at INFO and handed to {@link EngineAnswersInWords} so the caller gets a 4xx in
 * words; anything else is a bug and logged at ERROR. The engine would log both at ERROR, wrapped in
 * "ENGINE-03051 There was an exception while invoking the TaskListener".
 */
class UserMistakes extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(UserMistakes.class);

    UserMistakes(ProcessEngineConfigurationImpl configuration) {
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() != null) {
            return next.execute(command);
        }
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            report(command, e);
            throw e;
        }
    }

    private static void report(Command<?> command, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedRequest refused) {
                refused(refused.status(), refused.getMessage());
                return;
            }
            if (cause instanceof FormFieldValidationException invalid) {
                refused(400, invalid.getMessage());
                return;
            }
        }
        if (DatabaseUnavailable.causes(e)) {
            // Not a bug and not the caller's mistake: the transaction was rolled back whole, and the pool
            // reconnects on its own. The caller is told to try again rather than shown a 500.
            log.warn("{} failed: the database is not answering ({})", command.getClass().getSimpleName(), DatabaseUnavailable.reason(e));
            Refusals.record(503, DatabaseUnavailable.MESSAGE);
            return;
        }
        if (e instanceof OptimisticLockingException) {
            // Two calls changed the same case at the same moment (a form sent twice, two people on one task):
            // the later one was rolled back whole. Not a bug; the caller is told so in words, not with ENGINE-03005.
            refused(409, ApiErrors.CHANGED_MEANWHILE);
            return;
        }
        if (e instanceof MismatchingMessageCorrelationException) {
            // Nothing waits for the message (any more): a replayed notice whose item has moved on, or a caller naming
            // no waiting process. The caller decides what that means; it is not a bug.
            log.info("{} found nothing waiting: {}", command.getClass().getSimpleName(), e.getMessage());
            return;
        }
        if (e instanceof BadUserRequestException || e instanceof AuthorizationException
                || e instanceof TaskAlreadyClaimedException) {
            log.debug("{} refused: {}", command.getClass().getSimpleName(), e.getMessage());
        } else {
            log.error("{} failed", command.getClass().getSimpleName(), e);
        }
    }

    private static void refused(int status, String message) {
        log.info("Refused ({}): {}", status, message);
        Refusals.record(status, message);
    }
}
