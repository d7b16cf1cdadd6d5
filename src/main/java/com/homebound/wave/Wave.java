package com.homebound.wave;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Many cases started together under one activation of the continuity plan ("PCA level 3, Tours, 16 March"). */
public record Wave(long id, String name, int planLevel, String site, LocalDate targetDate, String status,
                   String createdBy, OffsetDateTime createdAt, String processInstanceId) {

    /** Rows checked and stored; HR has not confirmed yet. */
    public static final String CHECKED = "CHECKED";
    /** HR confirmed: cases are being started, batch by batch. */
    public static final String STARTING = "STARTING";
    public static final String CLOSED = "CLOSED";
    public static final String CANCELLED = "CANCELLED";

    /** The plan's level: 1 alert (crisis cell), 2 partial (some people home), 3 full (everyone home). */
    public static String levelName(int level) {
        return switch (level) {
            case 1 -> "level 1 (alert)";
            case 2 -> "level 2 (partial)";
            case 3 -> "level 3 (full)";
            default -> "level " + level;
        };
    }
}
