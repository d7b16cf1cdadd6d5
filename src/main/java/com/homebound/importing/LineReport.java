package com.homebound.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an upload that completes tasks did, line by line and in words: done (or would be, in a dry
 * run), already done by an earlier upload or in Tasklist, refused with the reason, or not found.
 * The counts and the refusals of {@link ImportReport} stay as they are for the pages that read them.
 */
public class LineReport extends ImportReport {

    public static final String DONE = "done";
    public static final String WOULD_BE_DONE = "would be done";
    public static final String ALREADY_DONE = "already done";
    public static final String REFUSED = "refused";
    public static final String NOT_FOUND = "not found";

    /** One line: its number in the file, what it is about (a serial number, an employee id), what happened, in words. */
    public record Line(int line, String subject, String outcome, String words) {
    }

    private final boolean dryRun;
    private final List<Line> lines = new ArrayList<>();

    public LineReport(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public void done(int line, String subject, String words) {
        applied();
        lines.add(new Line(line, subject, dryRun ? WOULD_BE_DONE : DONE, words));
    }

    public void alreadyDone(int line, String subject, String words) {
        alreadyApplied();
        lines.add(new Line(line, subject, ALREADY_DONE, words));
    }

    public void refused(int line, String subject, String words) {
        reject(line, words);
        lines.add(new Line(line, subject, REFUSED, words));
    }

    public void notFound(int line, String subject, String words) {
        reject(line, words);
        lines.add(new Line(line, subject, NOT_FOUND, words));
    }

    /** True when nothing was written: the report says what the file would do. */
    public boolean isDryRun() {
        return dryRun;
    }

    /** Every line, in file order. */
    public List<Line> getLines() {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingInt(Line::line));
        return sorted;
    }
}
