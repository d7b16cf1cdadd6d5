package com.homebound.wave;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.homebound.equipment.Catalog;
import com.homebound.equipment.CatalogItem;

/**
 * Forecasts a wave day by day, person by person: each item comes from stock or, past the stock, from
 * its vendor after the vendor's lead time; laptops then wait for IT's imaging capacity at the
 * person's site (technicians × laptops a day); every parcel then takes the carrier's transit days to
 * the person's country; training takes people in the order they are equipped, so many a day.
 */
@Component
class Forecaster {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.ENGLISH);

    /** What-if inputs of a rehearsal: more technicians at a site, more laptops in stock, another lead time. */
    record WhatIf(Map<String, Integer> extraTechnicians, int extraLaptops, Integer leadTimeDays) {
        static final WhatIf NONE = new WhatIf(Map.of(), 0, null);
    }

    private final ForecastSettings settings;
    private final Catalog catalog;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Forecaster(ForecastSettings settings, Catalog catalog, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.settings = settings;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    Forecast forecast(Demand demand, LocalDate from, LocalDate target, WhatIf whatIf) {
        return forecast(demand, stockOnHand(), from, target, whatIf);
    }

    /** The same with a given stock per model (a rehearsal's, or a test's). */
    Forecast forecast(Demand demand, Map<String, Integer> stock, LocalDate from, LocalDate target, WhatIf whatIf) {
        // A wave asks for a few models many times: each is read once per forecast (profiled: a query per
        // item dominated a rehearsal).
        Map<String, java.util.Optional<CatalogItem>> models = new HashMap<>();
        Plan plan = simulate(demand, stock, whatIf, models);
        String suggestion = suggestion(demand, stock, whatIf, plan, from);
        return plan.toForecast(demand, from, target, suggestion);
    }

    /** Units in stock per model, as IT has them now. */
    Map<String, Integer> stockOnHand() {
        Map<String, Integer> stock = new HashMap<>();
        jdbc.sql("select model, count(*) from asset where state = 'IN_STOCK' group by model")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().forEach(e -> stock.put(e.getKey(), e.getValue()));
        return stock;
    }

    /** The result of one simulation, with what it needs to explain itself. */
    private final class Plan {
        final Map<String, java.util.Optional<CatalogItem>> models;
        int[] equipped;
        int[] ready;
        final Map<String, int[]> bought = new LinkedHashMap<>();           // model -> {units, lead days}
        final Map<String, int[]> imaging = new LinkedHashMap<>();          // site -> {laptops, per day, last day}
        int lastPerson = -1;
        /** The latest day anyone is equipped so far: days only ever grow. */
        int max;

        Plan(Map<String, java.util.Optional<CatalogItem>> models) {
            this.models = models;
        }

        private String vendorOf(String model) {
            return catalogItem(model, models).map(CatalogItem::vendor).orElse("its vendor");
        }
        String lastCause = "";
        int lastCauseDays;
        String lastCauseWhere = "";

        Forecast toForecast(Demand demand, LocalDate from, LocalDate target, String suggestion) {
            int people = demand.people();
            int lastEquipped = Arrays.stream(equipped).max().orElse(0);
            int lastReady = Arrays.stream(ready).max().orElse(0);
            int[] equippedOn = new int[lastReady + 2];
            int[] readyOn = new int[lastReady + 2];
            for (int p = 0; p < people; p++) {
                equippedOn[equipped[p]]++;
                readyOn[ready[p]]++;
            }
            List<Forecast.Day> curve = new ArrayList<>();
            int equippedSoFar = 0;
            int readySoFar = 0;
            for (int day = 0; day <= lastReady; day++) {
                equippedSoFar += equippedOn[day];
                readySoFar += readyOn[day];
                curve.add(new Forecast.Day(from.plusDays(day), equippedSoFar, readySoFar));
            }
            List<Forecast.Step> steps = new ArrayList<>();
            bought.forEach((model, units) -> steps.add(new Forecast.Step("purchase", model, units[0], 0, units[1],
                    "purchase: " + units[0] + " × " + model + " from " + vendorOf(model) + " arrive after " + units[1] + " days")));
            imaging.forEach((site, load) -> steps.add(new Forecast.Step("imaging", site, load[0], load[1], load[2],
                    "imaging at " + site + ": " + load[0] + " laptops at " + load[1] + " a day → " + ceil(load[0], load[1]) + " days")));
            int training = people == 0 ? 0 : ceil(people, settings.trainedPerDay);
            steps.add(new Forecast.Step("training", "", people, settings.trainedPerDay, training,
                    "training: " + people + " people at " + settings.trainedPerDay + " a day → " + training + " days"));
            LocalDate equippedBy = from.plusDays(lastEquipped);
            String bottleneck = people == 0 ? "nobody to equip" : bottleneckWords(from);
            return new Forecast(from, equippedBy, from.plusDays(lastReady), target, target == null || !equippedBy.isAfter(target),
                    bottleneck, suggestion, steps, curve);
        }

        private String bottleneckWords(LocalDate from) {
            return switch (lastCause) {
                case "imaging" -> {
                    int[] load = imaging.get(lastCauseWhere);
                    yield "imaging: " + load[0] + " laptops at " + load[1] + " a day at " + lastCauseWhere + " → " + ceil(load[0], load[1])
                            + " days; the last person is equipped on " + DAY.format(from.plusDays(Arrays.stream(equipped).max().orElse(0)));
                }
                case "purchase" -> {
                    int[] units = bought.get(lastCauseWhere);
                    yield "purchase: " + units[0] + " × " + lastCauseWhere + " to buy from " + vendorOf(lastCauseWhere) + ", "
                            + units[1] + " days away";
                }
                default -> "delivery: " + lastCauseDays + " days to " + lastCauseWhere + " by carrier";
            };
        }
    }

    private Plan simulate(Demand demand, Map<String, Integer> stockOnHand, WhatIf whatIf, Map<String, java.util.Optional<CatalogItem>> models) {
        int people = demand.people();
        Plan plan = new Plan(models);
        plan.equipped = new int[people];
        plan.ready = new int[people];
        Map<String, Integer> stock = new HashMap<>(stockOnHand);
        // Laptops waiting for imaging: person, day available, site; imaged in the order they arrive.
        List<int[]> laptops = new ArrayList<>();
        Map<String, Integer> siteIndex = new HashMap<>();
        List<String> sites = new ArrayList<>();
        int extraLaptops = whatIf.extraLaptops();
        for (int p = 0; p < people; p++) {
            int transit = settings.transitDaysTo(demand.country(p));
            int equippedOn = 0;
            for (Demand.Item item : demand.items(p)) {
                int available = 0;
                if (!item.kept()) {
                    int inStock = stock.getOrDefault(item.model(), 0);
                    if (inStock > 0) {
                        stock.put(item.model(), inStock - 1);
                    } else if (item.needsImaging() && extraLaptops > 0) {
                        extraLaptops--;
                    } else {
                        available = leadTime(item.model(), whatIf, models);
                        int[] bought = plan.bought.computeIfAbsent(item.model(), m -> new int[] {0, 0});
                        bought[0]++;
                        bought[1] = available;
                    }
                }
                if (item.needsImaging()) {
                    String site = demand.site(p);
                    int s = siteIndex.computeIfAbsent(site, key -> {
                        sites.add(key);
                        return sites.size() - 1;
                    });
                    laptops.add(new int[] {p, available, s, item.kept() ? 1 : 0});
                } else if (!item.kept()) {
                    int delivered = available + transit;
                    if (delivered > equippedOn) {
                        equippedOn = delivered;
                        if (delivered >= plan.max) {
                            plan.max = delivered;
                            cause(plan, p, available >= transit ? "purchase" : "delivery",
                                    available >= transit ? item.model() : demand.country(p), available >= transit ? available : transit);
                        }
                    }
                }
            }
            plan.equipped[p] = equippedOn;
        }
        laptops.sort(Comparator.<int[]>comparingInt(l -> l[2]).thenComparingInt(l -> l[1]).thenComparingInt(l -> l[0]));
        int currentSite = -1;
        int day = 0;
        int usedToday = 0;
        for (int[] laptop : laptops) {
            String site = sites.get(laptop[2]);
            int perDay = Math.max(1, (settings.techniciansAt(site) + whatIf.extraTechnicians().getOrDefault(site, 0))
                    * settings.laptopsPerTechnicianPerDay);
            if (laptop[2] != currentSite) {
                currentSite = laptop[2];
                day = 0;
                usedToday = 0;
            }
            if (laptop[1] > day) {
                day = laptop[1];
                usedToday = 0;
            }
            if (usedToday == perDay) {
                day++;
                usedToday = 0;
            }
            usedToday++;
            int[] load = plan.imaging.computeIfAbsent(site, key -> new int[] {0, perDay, 0});
            load[0]++;
            load[2] = day + 1;
            int p = laptop[0];
            // Imaged by the end of the day, handed to the carrier the next; a kept laptop is re-imaged where it is.
            int delivered = laptop[3] == 1 ? day + 1 : day + 1 + settings.transitDaysTo(demand.country(p));
            if (delivered > plan.equipped[p]) {
                plan.equipped[p] = delivered;
            }
            if (delivered >= plan.max) {
                plan.max = delivered;
                int waited = day - laptop[1];
                if (waited >= laptop[1] && waited > 0) {
                    cause(plan, p, "imaging", site, waited);
                } else if (laptop[1] > 0) {
                    cause(plan, p, "purchase", modelOfLaptop(demand, p), laptop[1]);
                } else {
                    cause(plan, p, "delivery", demand.country(p), settings.transitDaysTo(demand.country(p)));
                }
            }
        }
        train(plan, people);
        return plan;
    }

    private static int maxOf(Plan plan) {
        return plan.max;
    }

    private static void cause(Plan plan, int person, String cause, String where, int days) {
        plan.lastPerson = person;
        plan.lastCause = cause;
        plan.lastCauseWhere = where;
        plan.lastCauseDays = days;
    }

    private static String modelOfLaptop(Demand demand, int person) {
        return demand.items(person).stream().filter(Demand.Item::needsImaging).map(Demand.Item::model).findFirst().orElse("laptop");
    }

    /** Training sessions take people in the order they are equipped, from the day after. */
    private void train(Plan plan, int people) {
        Integer[] order = new Integer[people];
        for (int p = 0; p < people; p++) {
            order[p] = p;
        }
        Arrays.sort(order, Comparator.comparingInt(p -> plan.equipped[p]));
        int day = 0;
        int usedToday = 0;
        for (int p : order) {
            int earliest = plan.equipped[p] + 1;
            if (earliest > day) {
                day = earliest;
                usedToday = 0;
            }
            if (usedToday == settings.trainedPerDay) {
                day++;
                usedToday = 0;
            }
            usedToday++;
            plan.ready[p] = day;
        }
    }

    /** What would bring the date forward: more technicians where imaging holds it, or the laptops in stock. */
    private String suggestion(Demand demand, Map<String, Integer> stock, WhatIf whatIf, Plan plan, LocalDate from) {
        int base = maxOf(plan);
        if ("imaging".equals(plan.lastCause)) {
            for (int more = 1; more <= 5; more++) {
                Map<String, Integer> extra = new HashMap<>(whatIf.extraTechnicians());
                extra.merge(plan.lastCauseWhere, more, Integer::sum);
                int better = maxOf(simulate(demand, stock, new WhatIf(extra, whatIf.extraLaptops(), whatIf.leadTimeDays()), plan.models));
                if (better < base) {
                    return more + " more technician" + (more > 1 ? "s" : "") + " at " + plan.lastCauseWhere
                            + " make" + (more > 1 ? "" : "s") + " it " + DAY.format(from.plusDays(better)) + " (day " + better + ")";
                }
            }
        }
        if ("purchase".equals(plan.lastCause)) {
            int units = plan.bought.getOrDefault(plan.lastCauseWhere, new int[] {0, 0})[0];
            Map<String, Integer> more = new HashMap<>(stock);
            more.merge(plan.lastCauseWhere, units, Integer::sum);
            int better = maxOf(simulate(demand, more, whatIf, plan.models));
            if (better < base) {
                return units + " more " + plan.lastCauseWhere + " in stock make it " + DAY.format(from.plusDays(better)) + " (day " + better + ")";
            }
        }
        return null;
    }

    private int leadTime(String model, WhatIf whatIf, Map<String, java.util.Optional<CatalogItem>> models) {
        if (whatIf.leadTimeDays() != null) {
            return whatIf.leadTimeDays();
        }
        return catalogItem(model, models).map(CatalogItem::leadTimeDays).orElse(7);
    }

    private java.util.Optional<CatalogItem> catalogItem(String model, Map<String, java.util.Optional<CatalogItem>> models) {
        return models.computeIfAbsent(model, catalog::find);
    }

    private static int ceil(int load, int perDay) {
        return perDay <= 0 ? 0 : (load + perDay - 1) / perDay;
    }
}
