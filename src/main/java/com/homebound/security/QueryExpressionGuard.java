package com.homebound.security;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;

import com.homebound.process.AsSystem;

/**
 * CVE-2026-109432 (CWE-917), unpatched in Camunda 7.24 CE: the engine refuses "*Expression" keys
 * at the top of an ad-hoc task query, but evaluates the same keys inside its "orQueries", in a
 * filter's extending query and in stored filters, so any logged-in user could run JUEL. Here no
 * task query runs with any expression but the two that Homebound's own Tasklist filters need,
 * whichever way it reached the engine (REST, Tasklist's API, a filter, Java).
 */
class QueryExpressionGuard extends CommandInterceptor {

    /** Harmless: they only name the caller; no method can be chained onto them. */
    static final Set<String> ALLOWED = Set.of("${currentUser()}", "${currentUserGroups()}");

    private final ProcessEngineConfigurationImpl engine;

    QueryExpressionGuard(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof AbstractQuery<?, ?> query) {
            check(query);
        } else if (command instanceof AbstractExecuteFilterCmd) {
            check(CommandFields.read(command, "extendingQuery"));
            String filterId = CommandFields.read(command, "filterId");
            Filter stored = filterId == null ? null : new AsSystem(engine.getIdentityService()).call(() -> engine.getFilterService().getFilter(filterId));
            if (stored != null) {
                check(stored.getQuery());
            }
        } else if (command instanceof SaveFilterCmd) {
            Filter filter = CommandFields.read(command, "filter");
            if (filter != null) {
                check(filter.getQuery());
            }
        }
        return next.execute(command);
    }

    static void check(Query<?, ?> query) {
        if (query instanceof AbstractQuery<?, ?> abstractQuery) {
            checkExpressions(abstractQuery.getExpressions());
        }
        if (query instanceof TaskQueryImpl taskQuery && taskQuery.getQueries() != null) {
            for (TaskQueryImpl or : taskQuery.getQueries()) {
                checkExpressions(or.getExpressions());
            }
        }
    }

    private static void checkExpressions(Map<String, String> expressions) {
        if (expressions == null) {
            return;
        }
        for (String expression : expressions.values()) {
            if (expression == null || !ALLOWED.contains(expression.strip())) {
                throw new RefusedRequest(400, "Task searches may not contain expressions");
            }
        }
    }

}
