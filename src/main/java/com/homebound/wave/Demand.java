package com.homebound.wave;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a wave's people need, kept small enough for a file of 100,000 rows: per person, three
 * numbers (their site, their country, their bundle), each pointing into a short list.
 */
final class Demand {

    /** One item of a bundle: a catalogue model, or the laptop the person keeps (re-imaged only). */
    record Item(String type, String model, boolean kept) {
        boolean needsImaging() {
            return "LAPTOP".equals(type);
        }
    }

    final List<String> sites = new ArrayList<>();
    final List<String> countries = new ArrayList<>();
    final List<List<Item>> bundles = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private int[] site = new int[1024];
    private int[] country = new int[1024];
    private int[] bundle = new int[1024];
    private int people;

    void add(String siteName, String countryCode, List<Item> items) {
        if (people == site.length) {
            site = java.util.Arrays.copyOf(site, people * 2);
            country = java.util.Arrays.copyOf(country, people * 2);
            bundle = java.util.Arrays.copyOf(bundle, people * 2);
        }
        site[people] = indexOf("site:" + siteName, sites, siteName);
        country[people] = indexOf("country:" + countryCode, countries, countryCode);
        bundle[people] = indexOf("bundle:" + items, bundles, items);
        people++;
    }

    private <T> int indexOf(String key, List<T> values, T value) {
        return index.computeIfAbsent(key, k -> {
            values.add(value);
            return values.size() - 1;
        });
    }

    int people() {
        return people;
    }

    String site(int person) {
        return sites.get(site[person]);
    }

    String country(int person) {
        return countries.get(country[person]);
    }

    List<Item> items(int person) {
        return bundles.get(bundle[person]);
    }
}
