package com.homebound.wave;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.homebound.importing.SpreadsheetFile;
import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;

/**
 * A wave's file of people, read one row at a time so that the file is never whole in memory: UTF-8
 * with or without BOM or Windows-1252 (what French Excel saves), "," or ";" between fields, quoted
 * fields holding separators and line breaks, CRLF or LF, columns in any order.
 */
final class WaveFile {

    /** Where the file can be read from, as often as needed (an upload is kept on disk by the server). */
    interface Source {
        InputStream open() throws IOException;
    }

    /** A row: its line in the file, the start form's values it gives, and the header of each column used. */
    record Row(int line, Map<String, String> values, String unreadable) {
    }

    interface RowHandler {
        void row(Row row);
    }

    /** The file's layout, found before reading its rows. */
    record Layout(Charset charset, char separator, Map<String, String> headerOfKey) {
    }

    private WaveFile() {
    }

    /**
     * Reads every row and hands it over; the header is checked first.
     * @throws IllegalArgumentException when the file cannot be a wave's file (empty, no known column, no employee id)
     */
    static Layout read(Source source, RowHandler handler) throws IOException {
        return read(source, handler, headers -> { });
    }

    /** As {@link #read(Source, RowHandler)}, telling first which column of the file gives which field (key to header). */
    static Layout read(Source source, RowHandler handler, java.util.function.Consumer<Map<String, String>> columns) throws IOException {
        Charset charset = charsetOf(source);
        char separator;
        try (BufferedReader text = new BufferedReader(reader(source, charset))) {
            String firstLine = text.readLine();
            if (firstLine == null || firstLine.isBlank()) {
                throw new IllegalArgumentException("The file is empty: its first line must name the columns (Matricule, Nom, …)");
            }
            separator = separatorOf(firstLine);
        }
        try (CSVReader csv = new CSVReaderBuilder(reader(source, charset))
                .withCSVParser(new CSVParserBuilder().withSeparator(separator).build()).build()) {
            String[] header;
            try {
                header = csv.readNext();
            } catch (CsvValidationException | CsvMalformedLineException e) {
                throw new IllegalArgumentException("The first line, which names the columns, is not readable CSV (an unterminated quote?)");
            }
            List<String> keys = new ArrayList<>();
            Map<String, String> headerOfKey = new LinkedHashMap<>();
            for (String column : header) {
                String key = WaveColumns.keyOf(column);
                keys.add(key != null && !headerOfKey.containsKey(key) ? key : null);
                if (key != null) {
                    headerOfKey.putIfAbsent(key, column.replace("\uFEFF", "").trim());
                }
            }
            if (!headerOfKey.containsKey("employeeId")) {
                throw new IllegalArgumentException("No column gives the employee id: name one \"Matricule\" or \"employeeId\" "
                        + "(columns found: " + String.join(", ", header) + ")");
            }
            Layout layout = new Layout(charset, separator, headerOfKey);
            columns.accept(headerOfKey);
            while (true) {
                long before = csv.getLinesRead();
                String[] cells;
                try {
                    cells = csv.readNext();
                } catch (CsvValidationException e) {
                    handler.row(new Row((int) before + 1, Map.of(), "this line is not readable CSV"));
                    continue;
                } catch (CsvMalformedLineException e) {
                    // An unterminated quote swallows the rest of the file: report it and stop there.
                    handler.row(new Row((int) before + 1, Map.of(), "an unterminated quote makes this line and the rest of the file unreadable"));
                    return layout;
                }
                if (cells == null) {
                    return layout;
                }
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < cells.length && i < keys.size(); i++) {
                    if (keys.get(i) != null) {
                        values.put(keys.get(i), WaveColumns.value(keys.get(i), cells[i]));
                    }
                }
                handler.row(new Row((int) before + 1, values, cells.length > keys.size()
                        ? "has " + cells.length + " fields but the first line names " + keys.size() + " columns (a separator inside an unquoted field?)"
                        : null));
            }
        }
    }

    private static Reader reader(Source source, Charset charset) throws IOException {
        InputStream in = source.open();
        if (charset == StandardCharsets.UTF_8) {
            in = SpreadsheetFile.skipBom(in);
        }
        return new InputStreamReader(in, charset);
    }

    /** UTF-8 when every byte decodes as UTF-8 (a BOM or plain ASCII included); otherwise what Windows Excel saves. */
    static Charset charsetOf(Source source) throws IOException {
        return SpreadsheetFile.charsetOf(source::open);
    }

    /** The separator the header uses most, outside quotes: French Excel writes ";". */
    static char separatorOf(String header) {
        return SpreadsheetFile.separatorOf(header);
    }
}
