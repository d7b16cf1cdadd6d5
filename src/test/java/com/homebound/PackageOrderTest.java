package com.homebound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The business areas in the order docs/architecture.md gives: an area uses only the areas in the
 * layers below it, never one beside or above it, so no two areas can ever depend on each other.
 */
class PackageOrderTest {

    /** Lowest first; the areas of one layer know nothing of each other. */
    static final List<Set<String>> LAYERS = List.of(
            Set.of("process", "importing", "notification"),
            Set.of("security"),
            Set.of("onboarding"),
            Set.of("contract", "training", "equipment"),
            Set.of("purchasing", "shipping"),
            Set.of("tracking", "returns", "wave", "retention"),
            Set.of("demo"));

    private static final Path SOURCES = Path.of("src/main/java/com/homebound");
    // Imports and fully qualified names alike: "com.homebound.tracking.EarlyReports".
    private static final Pattern USE = Pattern.compile("\\bcom\\.homebound\\.([a-z]+)\\.");

    @Test
    void everyAreaUsesOnlyTheAreasBelowIt() throws IOException {
        List<String> wrongWay = new ArrayList<>();
        for (Path source : sources()) {
            String area = SOURCES.relativize(source).getName(0).toString();
            for (String line : Files.readAllLines(source)) {
                if (line.startsWith("package ")) {
                    continue;
                }
                Matcher used = USE.matcher(line);
                while (used.find()) {
                    String other = used.group(1);
                    if (!other.equals(area) && layerOf(other) >= layerOf(area)) {
                        wrongWay.add(area + " -> " + other + " in " + SOURCES.relativize(source) + ": " + line.trim());
                    }
                }
            }
        }
        assertThat(wrongWay).as("uses against the order of areas (lowest first: %s)", LAYERS).isEmpty();
    }

    @Test
    void everyAreaHasItsPlaceInTheOrder() throws IOException {
        Set<String> areas = new TreeSet<>();
        try (Stream<Path> children = Files.list(SOURCES)) {
            children.filter(Files::isDirectory).forEach(dir -> areas.add(dir.getFileName().toString()));
        }
        assertThat(areas).allSatisfy(area -> assertThat(layerOf(area)).as("layer of %s", area).isNotNegative());
    }

    private static int layerOf(String area) {
        for (int layer = 0; layer < LAYERS.size(); layer++) {
            if (LAYERS.get(layer).contains(area)) {
                return layer;
            }
        }
        return -1;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java") && SOURCES.relativize(f).getNameCount() > 1).toList();
        }
    }
}
