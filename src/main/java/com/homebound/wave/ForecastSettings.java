package com.homebound.wave;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The capacities a forecast assumes, from configuration: IT's imaging technicians per site and how
 * many laptops each images a day, carrier transit days per country, people trained a day.
 */
@Component
class ForecastSettings {

    final int technicians;
    final Map<String, Integer> techniciansBySite;
    final int laptopsPerTechnicianPerDay;
    final Map<String, Integer> transitDays;
    final int defaultTransitDays;
    final int trainedPerDay;

    ForecastSettings(@Value("${homebound.forecast.technicians:2}") int technicians,
                     @Value("${homebound.forecast.technicians-by-site:}") String techniciansBySite,
                     @Value("${homebound.forecast.laptops-per-technician-per-day:20}") int laptopsPerTechnicianPerDay,
                     @Value("${homebound.forecast.transit-days:FR:2,BE:3,MA:4,*:5}") String transitDays,
                     @Value("${homebound.forecast.trained-per-day:100}") int trainedPerDay) {
        this.technicians = technicians;
        this.techniciansBySite = pairs(techniciansBySite);
        this.laptopsPerTechnicianPerDay = laptopsPerTechnicianPerDay;
        Map<String, Integer> transit = pairs(transitDays);
        this.defaultTransitDays = transit.getOrDefault("*", 5);
        this.transitDays = transit;
        this.trainedPerDay = trainedPerDay;
    }

    int techniciansAt(String site) {
        return techniciansBySite.getOrDefault(site, technicians);
    }

    int transitDaysTo(String country) {
        return transitDays.getOrDefault(country, defaultTransitDays);
    }

    /** "Tours:6,Rabat:3" */
    static Map<String, Integer> pairs(String text) {
        Map<String, Integer> pairs = new HashMap<>();
        if (text == null || text.isBlank()) {
            return pairs;
        }
        for (String pair : text.split(",")) {
            int colon = pair.lastIndexOf(':');
            if (colon > 0) {
                pairs.put(pair.substring(0, colon).trim(), Integer.parseInt(pair.substring(colon + 1).trim()));
            }
        }
        return pairs;
    }
}
