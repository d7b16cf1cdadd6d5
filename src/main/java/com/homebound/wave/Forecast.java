package com.homebound.wave;

import java.time.LocalDate;
import java.util.List;

/**
 * When everyone will be equipped and ready, what holds the wave back, in words, and the expected
 * number of people equipped each day.
 */
public record Forecast(LocalDate from, LocalDate equippedBy, LocalDate readyBy, LocalDate targetDate, boolean onTime,
                       String bottleneck, String suggestion, List<Step> steps, List<Day> curve) {

    /** One stage's load: "imaging at Tours: 312 laptops at 120 a day → 3 days". */
    public record Step(String stage, String where, int load, int perDay, int days, String words) {
    }

    /** By the end of this day, how many people have all their equipment, and how many are ready. */
    public record Day(LocalDate date, int equipped, int ready) {
    }
}
