package com.homebound.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;

/**
 * A CSV upload read with OpenCSV: a header row naming the columns, then data rows, each kept
 * with its line number in the file so that errors can point at it.
 */
public final class CsvFile {

    public record Row(int line, Map<String, String> values, String error) {
        public String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    private CsvFile() {
    }

    /** An uploaded file; an empty file or a wrong header refuses the whole upload with a 400 saying why. */
    public static List<Row> upload(MultipartFile file, List<String> required) throws IOException {
        try {
            return read(file.getInputStream(), required);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /** @throws IllegalArgumentException when the file is empty or its header lacks a required column */
    public static List<Row> read(InputStream in, List<String> required) throws IOException {
        try (CSVReader reader = new CSVReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header;
            try {
                header = reader.readNext();
            } catch (CsvValidationException | CsvMalformedLineException e) {
                throw new IllegalArgumentException("The header row is not valid CSV (an unterminated quote?): expected "
                        + String.join(",", required));
            }
            if (header == null) {
                throw new IllegalArgumentException("The file is empty: expected a header row " + String.join(",", required));
            }
            List<String> columns = Arrays.stream(header).map(h -> h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = required.stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("The header row must name the columns " + String.join(",", required)
                        + "; missing: " + String.join(",", missing));
            }
            List<Row> rows = new ArrayList<>();
            while (true) {
                long before = reader.getLinesRead();
                String[] cells;
                try {
                    cells = reader.readNext();
                } catch (CsvValidationException e) {
                    rows.add(new Row((int) before + 1, Map.of(), "unreadable CSV: " + e.getMessage()));
                    continue;
                } catch (CsvMalformedLineException e) {
                    // An unterminated quote swallows the rest of the file: report it and stop there.
                    rows.add(new Row((int) before + 1, Map.of(), "unreadable CSV from this line on (unterminated quote?)"));
                    return rows;
                }
                if (cells == null) {
                    return rows;
                }
                int line = (int) before + 1;
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (Arrays.stream(cells).anyMatch(c -> c.indexOf('\u0000') >= 0)) {
                    rows.add(new Row(line, Map.of(), "contains a NUL character: is the file text (UTF-8)?"));
                    continue;
                }
                if (cells.length != columns.size()) {
                    rows.add(new Row(line, Map.of(), "expected " + columns.size() + " columns, found " + cells.length));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    values.put(columns.get(i), cells[i]);
                }
                rows.add(new Row(line, values, null));
            }
        }
    }
}
