package com.homebound.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;

/**
 * A CSV file as spreadsheets save it, read one row at a time so that it is never whole in memory:
 * UTF-8 with or without BOM or Windows-1252 (what French Excel saves), "," or ";" between fields,
 * quoted fields, CRLF or LF, columns in any order under any of their names, extra columns ignored.
 */
public final class SpreadsheetFile {

    /** Where the file can be read from, as often as needed (an upload is kept by the server). */
    public interface Source {
        InputStream open() throws IOException;
    }

    /** A row: its line in the file, its cells by column key (blank cells left out), or why it could not be read. */
    public record Row(int line, Map<String, String> values, String unreadable) {
        public String get(String key) {
            return values.get(key);
        }
    }

    public interface RowHandler {
        void row(Row row);
    }

    public interface ChunkHandler {
        void rows(List<Row> chunk);
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SpreadsheetFile() {
    }

    /**
     * How an upload reads a header: the key each column gives (null: ignored), and whether the columns
     * found are enough. {@link ColumnNames} is the usual one; a wave's file has its own.
     */
    public interface Header {
        String keyOf(String column);

        /**
         * @param columnOfKey each key found, with the header that gave it, in file order
         * @param columns the header's cells as written
         * @throws IllegalArgumentException when the header lacks a column the upload needs, said in words
         */
        void check(Map<String, String> columnOfKey, String[] columns);
    }

    /** The file's layout, known once its header is read: how it was decoded and which column gives which key. */
    public record Layout(Charset charset, char separator, Map<String, String> columnOfKey) {
    }

    /**
     * Hands over every row, in file order, once the header is known to name every column.
     * @throws IllegalArgumentException when the file is empty or its header lacks a column, said in words
     */
    public static Layout read(Source source, ColumnNames columns, RowHandler handler) throws IOException {
        return read(source, new Header() {
            @Override
            public String keyOf(String column) {
                return columns.keyOf(column);
            }

            @Override
            public void check(Map<String, String> columnOfKey, String[] found) {
                List<String> missing = columns.missingFrom(columnOfKey.keySet());
                if (!missing.isEmpty()) {
                    throw new IllegalArgumentException("The first line must name every column; missing: " + String.join(", ", missing));
                }
            }
        }, handler);
    }

    /**
     * Hands over every row, in file order, once the header has passed its check: blank cells left out, the others
     * trimmed; blank lines (and Excel's ";;;;" under the last row) skipped.
     * @throws IllegalArgumentException when the file is empty or its header is refused, said in words
     */
    public static Layout read(Source source, Header reading, RowHandler handler) throws IOException {
        Charset charset = charsetOf(source);
        char separator;
        try (BufferedReader text = new BufferedReader(reader(source, charset))) {
            String firstLine = text.readLine();
            if (firstLine == null || firstLine.isBlank()) {
                throw new IllegalArgumentException("The file is empty: its first line must name the columns");
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
            Map<String, String> columnOfKey = new LinkedHashMap<>();
            for (String column : header) {
                String key = reading.keyOf(column);
                keys.add(key != null && !columnOfKey.containsKey(key) ? key : null);
                if (key != null) {
                    columnOfKey.putIfAbsent(key, column.replace("\uFEFF", "").trim());
                }
            }
            reading.check(columnOfKey, header);
            Layout layout = new Layout(charset, separator, columnOfKey);
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
                if (java.util.Arrays.stream(cells).allMatch(String::isBlank)) {
                    continue; // an empty line, or Excel's ";;;;" under the last row
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < cells.length && i < keys.size(); i++) {
                    if (keys.get(i) != null && !cells[i].isBlank()) {
                        values.put(keys.get(i), cells[i].trim());
                    }
                }
                handler.row(new Row((int) before + 1, values, cells.length > keys.size()
                        ? "has " + cells.length + " fields but the first line names " + keys.size() + " columns (a separator inside an unquoted field?)"
                        : null));
            }
        }
    }

    /** As {@link #read}, handing the rows over {@code size} at a time (the last chunk may be smaller), so that they are looked up together. */
    public static void readInChunks(Source source, ColumnNames columns, int size, ChunkHandler handler) throws IOException {
        List<Row> chunk = new ArrayList<>();
        read(source, columns, row -> {
            chunk.add(row);
            if (chunk.size() == size) {
                handler.rows(List.copyOf(chunk));
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            handler.rows(List.copyOf(chunk));
        }
    }

    private static Reader reader(Source source, Charset charset) throws IOException {
        InputStream in = source.open();
        if (charset == StandardCharsets.UTF_8) {
            in = skipBom(in);
        }
        return new InputStreamReader(in, charset);
    }

    public static InputStream skipBom(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(3);
        byte[] bom = buffered.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }

    /** UTF-8 when every byte decodes as UTF-8 (a BOM or plain ASCII included); otherwise what Windows Excel saves. */
    public static Charset charsetOf(Source source) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = source.open()) {
            byte[] chunk = new byte[64 * 1024];
            ByteBuffer pending = ByteBuffer.allocate(chunk.length + 8);
            CharBuffer out = CharBuffer.allocate(chunk.length + 8);
            int read;
            while ((read = in.read(chunk)) > 0) {
                pending.put(chunk, 0, read).flip();
                out.clear();
                if (utf8.decode(pending, out, false).isError()) {
                    return WINDOWS_1252;
                }
                pending.compact();
            }
            pending.flip();
            out.clear();
            if (utf8.decode(pending, out, true).isError() || pending.hasRemaining()) {
                return WINDOWS_1252;
            }
        } catch (IllegalStateException e) {
            return WINDOWS_1252;
        }
        return StandardCharsets.UTF_8;
    }

    /** The separator the header uses most, outside quotes: French Excel writes ";". */
    public static char separatorOf(String header) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
