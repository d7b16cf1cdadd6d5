package com.homebound.wave;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.homebound.importing.ColumnNames;

/**
 * The columns of a wave's file and the values in them, as HR's tools write them: the start form's
 * field ids or their French and English labels ("Matricule", "Code postal", "Responsable"), dates
 * as 2026-03-16 or 16/03/2026, yes/no as oui/non. Everything becomes what the start form sends.
 */
final class WaveColumns {

    /** The site of a row, for the report per site; not a field of the start form. */
    static final String SITE = "site";

    private static final Map<String, String> KEYS = new HashMap<>();
    private static final Map<String, String> COUNTRIES = new HashMap<>();
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    static {
        names("employeeId", "matricule", "employee id", "employee number", "numero d'employe", "id employe", "numero de matricule");
        names("fullName", "nom", "nom complet", "full name", "name", "nom prenom", "prenom nom", "collaborateur", "salarie");
        names("workEmail", "email professionnel", "e-mail professionnel", "work email", "email pro", "mail pro", "courriel professionnel");
        names("personalEmail", "email personnel", "e-mail personnel", "personal email", "email perso", "mail perso", "courriel personnel");
        names("phone", "telephone", "tel", "phone", "mobile", "portable", "numero de telephone");
        names("street", "adresse", "rue", "street", "address", "adresse postale", "numero et rue");
        names("postalCode", "code postal", "cp", "postal code", "zip", "zip code", "postcode");
        names("city", "ville", "city", "commune", "town");
        names("country", "pays", "country");
        names("startDate", "date de debut", "date d'arrivee", "date de prise de poste", "debut", "start date", "start");
        names("caseType", "type", "type de cas", "motif", "case type");
        names("profile", "profil", "poste", "metier", "profile", "role");
        names("hasBroadband", "box internet", "internet", "haut debit", "internet a domicile", "acces internet", "broadband",
                "has broadband", "home broadband");
        names("managerId", "responsable", "manager", "manager id", "responsable (identifiant)", "n+1");
        names(SITE, "site", "centre", "etablissement", "location");
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            COUNTRIES.put(normalize(code), code);
            COUNTRIES.put(normalize(country.getDisplayCountry(Locale.FRENCH)), code);
            COUNTRIES.put(normalize(country.getDisplayCountry(Locale.ENGLISH)), code);
        }
    }

    private WaveColumns() {
    }

    private static void names(String key, String... labels) {
        KEYS.put(normalize(key), key);
        for (String label : labels) {
            KEYS.put(normalize(label), key);
        }
    }

    /** The start form's field a header names, or null for a column Homebound does not use. */
    static String keyOf(String header) {
        return KEYS.get(normalize(header));
    }

    /** Lower case, no accents, no punctuation or spaces: "Date d'arrivée" and "date_darrivee" match. */
    static String normalize(String text) {
        return ColumnNames.normalize(text);
    }

    /** The value as the start form would send it; unreadable values pass unchanged, for the form's own check to name. */
    static String value(String key, String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.trim();
        if (text.isEmpty()) {
            return null;
        }
        return switch (key) {
            case "startDate" -> date(text);
            case "hasBroadband" -> yesNo(text);
            case "caseType" -> caseType(text);
            case "profile" -> profile(text);
            case "country" -> COUNTRIES.getOrDefault(normalize(text), text);
            default -> text;
        };
    }

    private static String date(String text) {
        if (text.indexOf('/') > 0) {
            try {
                return LocalDate.parse(text, FRENCH_DATE).toString();
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }

    private static String yesNo(String text) {
        return switch (normalize(text)) {
            case "oui", "o", "yes", "y", "true", "vrai", "1", "x" -> "true";
            case "non", "n", "no", "false", "faux", "0" -> "false";
            default -> text;
        };
    }

    private static String caseType(String text) {
        return switch (normalize(text)) {
            case "newhire", "nouvelleembauche", "embauche", "recrutement", "nouvelarrivant", "hire" -> "new-hire";
            case "relocation", "teletravail", "passageenteletravail", "mutation", "relocalisation" -> "relocation";
            default -> text;
        };
    }

    private static String profile(String text) {
        return switch (normalize(text)) {
            case "callcentreagent", "callcenteragent", "conseiller", "teleconseiller", "conseillerclientele", "agent" -> "call-centre-agent";
            case "developer", "developpeur", "dev" -> "developer";
            case "teamlead", "chefdequipe", "responsabledequipe", "superviseur" -> "team-lead";
            default -> text;
        };
    }
}
