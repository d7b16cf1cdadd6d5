package com.homebound.wave;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.homebound.importing.SpreadsheetFile;

/**
 * A wave's file of people, read as every upload is ({@link SpreadsheetFile}: one row at a time, UTF-8 or
 * Windows-1252, "," or ";", quoted fields, CRLF or LF, columns in any order), under the wave's column names.
 * Only the employee id is required of the header: a missing column is reported on each row, by its label.
 */
final class WaveFile {

    /** Where the file can be read from, as often as needed (an upload is kept on disk by the server). */
    interface Source {
        InputStream open() throws IOException;
    }

    /** A row: its line in the file and the start form's values it gives, or why it could not be read. */
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
    static Layout read(Source source, RowHandler handler, Consumer<Map<String, String>> columns) throws IOException {
        SpreadsheetFile.Layout layout = SpreadsheetFile.read(source::open, new SpreadsheetFile.Header() {
            @Override
            public String keyOf(String column) {
                return WaveColumns.keyOf(column);
            }

            @Override
            public void check(Map<String, String> columnOfKey, String[] found) {
                if (!columnOfKey.containsKey("employeeId")) {
                    throw new IllegalArgumentException("No column gives the employee id: name one \"Matricule\" or \"employeeId\" "
                            + "(columns found: " + String.join(", ", found) + ")");
                }
                columns.accept(columnOfKey);
            }
        }, row -> handler.row(new Row(row.line(), asStartForm(row.values()), row.unreadable())));
        return new Layout(layout.charset(), layout.separator(), layout.columnOfKey());
    }

    /** Each cell as the start form would send it ("oui" as true, 16/03/2026 as 2026-03-16, "France" as FR). */
    private static Map<String, String> asStartForm(Map<String, String> cells) {
        Map<String, String> values = new HashMap<>();
        cells.forEach((key, cell) -> values.put(key, WaveColumns.value(key, cell)));
        return values;
    }

    /** UTF-8 when every byte decodes as UTF-8 (a BOM or plain ASCII included); otherwise what Windows Excel saves. */
    static Charset charsetOf(Source source) throws IOException {
        return SpreadsheetFile.charsetOf(source::open);
    }
}
