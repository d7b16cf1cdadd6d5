package com.homebound.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Completing a task locks its row first, inside the command's transaction. Without it, a form sent twice
 * at once (a double click in Tasklist, a replayed list and a person at the same moment) could read the task
 * before the first completion committed and its execution after: the engine then signals an activity the
 * process has already left and fails with a NullPointerException, a 500. With the lock the second waits for
 * the first, finds the task gone, and is told so in words.
 */
class TaskCompletedOnce extends CommandInterceptor {

    static final String ALREADY_DONE = "This task is no longer open: it was completed meanwhile (by someone else, or the same form "
            + "sent twice). Reload Tasklist to see what comes next";

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            String taskId = CommandFields.read(command, "taskId");
            if (taskId != null && !lock(taskId)) {
                throw new RefusedRequest(404, ALREADY_DONE);
            }
        }
        return next.execute(command);
    }

    /** Waits for any other transaction completing the task; false when the task no longer exists. */
    private static boolean lock(String taskId) {
        // The engine's own connection, so the lock is held by the command's transaction until it ends.
        Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement select = connection.prepareStatement("select id_ from act_ru_task where id_ = ? for update")) {
            select.setString(1, taskId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not lock task " + taskId, e);
        }
    }
}
