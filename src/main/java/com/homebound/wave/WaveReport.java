package com.homebound.wave;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.homebound.importing.SpreadsheetFile;

/**
 * What a wave's file holds, row by row, before or as it starts: how many people would start, what
 * they would receive and where, and every row that won't start, with its line, column and why.
 */
public class WaveReport {

    /** Enough rows to act on; past that the count says how many more there are. */
    static final int LISTED = 1000;

    public record Problem(int line, String column, String problem) {
    }

    private int rows;
    private int ready;
    private int rejected;
    private int duplicates;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> duplicateRows = new ArrayList<>();
    private final Map<String, Integer> itemsToProvide = new TreeMap<>();
    private final Map<String, Integer> peoplePerSite = new TreeMap<>();
    private List<String> columnsMissing = List.of();
    private String charset;
    private String separator;
    private Long waveId;
    private final transient Demand demand = new Demand();
    private Forecast forecast;

    void ready(String site, String country, List<Demand.Item> items) {
        rows++;
        ready++;
        peoplePerSite.merge(site, 1, Integer::sum);
        items.forEach(item -> itemsToProvide.merge(WaveCheck.label(item), 1, Integer::sum));
        demand.add(site, country, items);
    }

    /** What the ready rows need, for the forecast; not part of the answer. */
    Demand demand() {
        return demand;
    }

    void forecast(Forecast forecast) {
        this.forecast = forecast;
    }

    /** When everyone would be equipped and ready, and what holds it back (a rehearsal). */
    public Forecast getForecast() {
        return forecast;
    }

    void rejected(List<Problem> rowProblems) {
        rows++;
        rejected++;
        rowProblems.forEach(p -> {
            if (problems.size() < LISTED) {
                problems.add(p);
            }
        });
    }

    void duplicate(Problem why) {
        rows++;
        duplicates++;
        if (duplicateRows.size() < LISTED) {
            duplicateRows.add(why);
        }
    }

    void layout(SpreadsheetFile.Layout layout, List<String> missing) {
        this.charset = layout.charset().name();
        this.separator = String.valueOf(layout.separator());
        this.columnsMissing = missing;
    }

    void wave(long id) {
        this.waveId = id;
    }

    public Long getWaveId() {
        return waveId;
    }

    public int getRows() {
        return rows;
    }

    public int getReady() {
        return ready;
    }

    public int getRejected() {
        return rejected;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public List<Problem> getDuplicateRows() {
        return duplicateRows;
    }

    /** Per bundle item ("Laptop: Lenovo ThinkPad E14 Gen 6"), how many the ready rows need. */
    public Map<String, Integer> getItemsToProvide() {
        return itemsToProvide;
    }

    public Map<String, Integer> getPeoplePerSite() {
        return peoplePerSite;
    }

    /** Start-form fields no column gives: every row then lacks them. */
    public List<String> getColumnsMissing() {
        return columnsMissing;
    }

    public String getCharset() {
        return charset;
    }

    public String getSeparator() {
        return separator;
    }
}
