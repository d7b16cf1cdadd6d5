package com.homebound.wave;

import java.io.IOException;
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

    private WaveFile() {
    }

    /**
     * Reads every row and hands it over, its values as the start form would send them; the header is checked first.
     * @throws IllegalArgumentException when the file cannot be a wave's file (empty, no known column, no employee id)
     */
    static SpreadsheetFile.Layout read(SpreadsheetFile.Source source, SpreadsheetFile.RowHandler handler) throws IOException {
        return read(source, handler, headers -> { });
    }

    /** As {@link #read(SpreadsheetFile.Source, SpreadsheetFile.RowHandler)}, telling first which column gives which field. */
    static SpreadsheetFile.Layout read(SpreadsheetFile.Source source, SpreadsheetFile.RowHandler handler,
                                       Consumer<Map<String, String>> columns) throws IOException {
        return SpreadsheetFile.read(source, new SpreadsheetFile.Header() {
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
        }, row -> handler.row(new SpreadsheetFile.Row(row.line(), asStartForm(row.values()), row.unreadable())));
    }

    /** Each cell as the start form would send it ("oui" as true, 16/03/2026 as 2026-03-16, "France" as FR). */
    private static Map<String, String> asStartForm(Map<String, String> cells) {
        Map<String, String> values = new HashMap<>();
        cells.forEach((key, cell) -> values.put(key, WaveColumns.value(key, cell)));
        return values;
    }

    /** UTF-8 when every byte decodes as UTF-8 (a BOM or plain ASCII included); otherwise what Windows Excel saves. */
    static Charset charsetOf(SpreadsheetFile.Source source) throws IOException {
        return SpreadsheetFile.charsetOf(source);
    }
}
