package com.homebound.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns an upload needs, each under the names people's tools give it: the form's field key,
 * its English and its French label, and a few usual variants. "Numéro de série", "numero_de_serie"
 * and "Serial number" name the same column.
 */
public final class ColumnNames {

    private final Map<String, String> keyOfName = new HashMap<>();
    private final Map<String, String> shown = new LinkedHashMap<>();

    /** A column every file must have: its key, its English and French names, and other names it goes by. */
    public ColumnNames column(String key, String english, String french, String... others) {
        shown.put(key, "\"" + english + "\" or \"" + french + "\"");
        return optional(key, english, french, others);
    }

    /** A column a file may have: read when there, not asked for when not. */
    public ColumnNames optional(String key, String english, String french, String... others) {
        keyOfName.put(normalize(key), key);
        keyOfName.put(normalize(english), key);
        keyOfName.put(normalize(french), key);
        for (String other : others) {
            keyOfName.put(normalize(other), key);
        }
        return this;
    }

    /** The key a header names, or null for a column this upload does not use (it is ignored). */
    public String keyOf(String header) {
        return keyOfName.get(normalize(header));
    }

    /** The columns a header lacks, each said as "Serial number" or "Numéro de série"; empty when it has them all. */
    public List<String> missingFrom(Iterable<String> foundKeys) {
        Map<String, String> missing = new LinkedHashMap<>(shown);
        foundKeys.forEach(missing::remove);
        return new ArrayList<>(missing.values());
    }

    /** Lower case, no accents, no punctuation or spaces: "Date d'arrivée" and "date_darrivee" match. */
    public static String normalize(String text) {
        String plain = Normalizer.normalize(text.replace("\uFEFF", ""), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+]", "");
    }

    /** A yes/no cell as a form's checkbox sends it ("true"/"false"); anything else unchanged, for the form's rule to name. */
    public static String yesNo(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return switch (normalize(cell)) {
            case "oui", "o", "yes", "y", "true", "vrai", "1", "x", "ok" -> "true";
            case "non", "n", "no", "false", "faux", "0" -> "false";
            default -> cell.trim();
        };
    }
}
