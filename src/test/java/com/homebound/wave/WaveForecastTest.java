package com.homebound.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.homebound.support.AppTestCase;

/**
 * Forecasts with known capacities (the defaults: 2 technicians imaging 20 laptops a day each, 2 days
 * to deliver in France, 100 people trained a day) give the dates and the bottleneck HR can check by hand.
 */
class WaveForecastTest extends AppTestCase {

    private static final String LAPTOP = "Lenovo ThinkPad E14 Gen 6";
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);
    private static final List<Demand.Item> AGENT = List.of(new Demand.Item("LAPTOP", LAPTOP, false),
            new Demand.Item("HEADSET", "Jabra Evolve2 40", false));

    @Autowired Forecaster forecaster;

    @Test
    void imagingHoldsAWaveWhoseLaptopsAreAllInStock() {
        Demand wave = people(300);
        Forecast forecast = forecaster.forecast(wave, Map.of(LAPTOP, 300, "Jabra Evolve2 40", 300), MONDAY, MONDAY.plusDays(7),
                Forecaster.WhatIf.NONE);

        // 300 laptops at 40 a day: imaged on days 0 to 7, the last handed over on day 8, delivered 2 days later.
        assertThat(forecast.equippedBy()).isEqualTo(MONDAY.plusDays(10));
        assertThat(forecast.onTime()).isFalse();
        assertThat(forecast.bottleneck()).startsWith("imaging: 300 laptops at 40 a day at Tours → 8 days");
        // 60 a day: imaged on days 0 to 4, delivered on day 7.
        assertThat(forecast.suggestion()).isEqualTo("1 more technician at Tours makes it Mon 23 Mar (day 7)");
        // Trained 100 a day from the day after each is equipped.
        assertThat(forecast.readyBy()).isEqualTo(MONDAY.plusDays(11));
        assertThat(forecast.curve()).last().extracting(Forecast.Day::equipped).isEqualTo(300);
        assertThat(forecast.curve().get(3).equipped()).as("the first 40, imaged on day 0, delivered on day 3").isEqualTo(40);
    }

    @Test
    void aVendorsLeadTimeHoldsAWaveWithLittleStockAndStockWouldBringItForward() {
        Demand wave = people(100);
        Forecast forecast = forecaster.forecast(wave, Map.of(LAPTOP, 20, "Jabra Evolve2 40", 100), MONDAY, MONDAY.plusDays(10),
                Forecaster.WhatIf.NONE);

        // 20 from stock imaged on day 0; 80 bought arrive on day 5, imaged 40 on day 5 and 40 on day 6, delivered 3 days later.
        assertThat(forecast.equippedBy()).isEqualTo(MONDAY.plusDays(9));
        assertThat(forecast.onTime()).isTrue();
        assertThat(forecast.bottleneck()).isEqualTo("purchase: 80 × " + LAPTOP + " to buy from Bechtle, 5 days away");
        assertThat(forecast.suggestion()).isEqualTo("80 more " + LAPTOP + " in stock make it Sat 21 Mar (day 5)");
        assertThat(forecast.steps()).extracting(Forecast.Step::words).contains(
                "purchase: 80 × " + LAPTOP + " from Bechtle arrive after 5 days",
                "imaging at Tours: 100 laptops at 40 a day → 3 days",
                "training: 100 people at 100 a day → 1 days");
    }

    @Test
    void aRehearsalsWhatIfsChangeTheDate() {
        Demand wave = people(300);
        Map<String, Integer> stock = Map.of(LAPTOP, 300, "Jabra Evolve2 40", 300);
        Forecast twoMore = forecaster.forecast(wave, stock, MONDAY, null, new Forecaster.WhatIf(Map.of("Tours", 2), 0, null));
        // 4 technicians: 80 a day, days 0 to 3, delivered on day 3 + 1 + 2.
        assertThat(twoMore.equippedBy()).isEqualTo(MONDAY.plusDays(6));

        Forecast slowVendor = forecaster.forecast(people(10), Map.of("Jabra Evolve2 40", 10), MONDAY, null, new Forecaster.WhatIf(Map.of(), 0, 12));
        assertThat(slowVendor.equippedBy()).isEqualTo(MONDAY.plusDays(12 + 1 + 2));
    }

    private static Demand people(int count) {
        Demand demand = new Demand();
        for (int i = 0; i < count; i++) {
            demand.add("Tours", "FR", AGENT);
        }
        return demand;
    }
}
