package com.homebound.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did, line by line: good lines are applied, a line already applied is
 * counted and skipped, a bad line is reported with its number and reason.
 */
public class ImportReport {

    public record Rejection(int line, String reason) {
    }

    private int applied;
    private int alreadyApplied;
    private final List<Rejection> rejected = new ArrayList<>();
    private final List<Rejection> unmatched = new ArrayList<>();

    public void applied() {
        applied++;
    }

    public void alreadyApplied() {
        alreadyApplied++;
    }

    public void reject(int line, String reason) {
        rejected.add(new Rejection(line, reason));
    }

    /** A well-formed line about something Homebound does not know (yet): kept, and shown to IT. */
    public void unmatched(int line, String reason) {
        unmatched.add(new Rejection(line, reason));
    }

    public List<Rejection> getUnmatched() {
        return unmatched;
    }

    /** The innermost message of a failure, which says what was wrong rather than where it surfaced. */
    public static String reasonOf(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof org.camunda.bpm.engine.OptimisticLockingException) {
                // The engine's words name its SQL ("ENGINE-03005 Execution of 'DELETE TaskEntity[…]' failed").
                return "changed by someone else at the same moment (in Tasklist, or by the same file sent again): "
                        + "nothing was saved for this line";
            }
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    public int getApplied() {
        return applied;
    }

    public int getAlreadyApplied() {
        return alreadyApplied;
    }

    public List<Rejection> getRejected() {
        return rejected;
    }
}
