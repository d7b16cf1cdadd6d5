package com.homebound.wave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.homebound.importing.SpreadsheetFile;

/** Wave files as HR's tools really write them. */
class WaveFileTest {

    private static final String FRENCH_HEADER = "Matricule;Nom;Email professionnel;Email personnel;Téléphone;Adresse;Code postal;"
            + "Ville;Pays;Date d'arrivée;Type;Profil;Box internet;Responsable";

    @Test
    void aFrenchExcelFileIsReadWithItsAccentsDatesAndYesNo() throws Exception {
        String file = "\uFEFF" + FRENCH_HEADER + "\r\n"
                + "T-0001;Hélène Lefèvre;helene.lefevre@acme.example;helene@maison.example;+33 6 12 34 56 78;"
                + "\"12, rue de l'Église\";37000;Tours;France;16/03/2026;Passage en télétravail;Conseiller;non;manager\r\n";
        List<SpreadsheetFile.Row> rows = read(file.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).hasSize(1);
        var row = rows.get(0);
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.values()).containsEntry("employeeId", "T-0001").containsEntry("fullName", "Hélène Lefèvre")
                .containsEntry("street", "12, rue de l'Église").containsEntry("country", "FR")
                .containsEntry("startDate", "2026-03-16").containsEntry("hasBroadband", "false")
                .containsEntry("caseType", "relocation").containsEntry("profile", "call-centre-agent")
                .containsEntry("managerId", "manager");
    }

    @Test
    void aWindows1252FileKeepsItsAccents() throws Exception {
        String file = FRENCH_HEADER + "\r\nT-0002;Zoé Bérénice;z@acme.example;z@maison.example;0612345678;3 allée des Pins;"
                + "37000;Tours;FR;2026-03-16;nouvelle embauche;Développeur;oui;manager\r\n";
        byte[] bytes = file.getBytes(Charset.forName("windows-1252"));
        assertThat(WaveFile.charsetOf(() -> new ByteArrayInputStream(bytes)).name()).isEqualTo("windows-1252");

        var row = read(bytes).get(0);
        assertThat(row.values()).containsEntry("fullName", "Zoé Bérénice").containsEntry("street", "3 allée des Pins")
                .containsEntry("profile", "developer").containsEntry("caseType", "new-hire").containsEntry("hasBroadband", "true");
    }

    @Test
    void quotedFieldsKeepTheirSeparatorsAndLineBreaksAndLinesAreCountedInTheFile() throws Exception {
        String file = "employeeId,fullName,street,city\n"
                + "E-1,\"Durand, Paul\",\"Bâtiment B\n4 rue \"\"Haute\"\"\",Lyon\n"
                + "E-2,Anna Smith,1 Main Street,Rabat\n";
        List<SpreadsheetFile.Row> rows = read(file.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).extracting(SpreadsheetFile.Row::line).containsExactly(2, 4);
        assertThat(rows.get(0).values()).containsEntry("fullName", "Durand, Paul").containsEntry("street", "Bâtiment B\n4 rue \"Haute\"");
        assertThat(rows.get(1).values()).containsEntry("city", "Rabat");
    }

    @Test
    void columnsComeInAnyOrderWithEnglishLabelsAndExtraColumnsIgnored() throws Exception {
        String file = "Notes,Start date,Employee ID,Country,Broadband,Manager\nanything,2026-03-12,E-9,Morocco,yes,manager\n";
        var row = read(file.getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(row.values()).containsEntry("employeeId", "E-9").containsEntry("country", "MA")
                .containsEntry("hasBroadband", "true").containsEntry("startDate", "2026-03-12").doesNotContainKey("notes");
    }

    @Test
    void theEmptyRowsExcelLeavesUnderTheLastPersonAreNotPeople() throws Exception {
        String file = "Matricule;Nom;Ville\r\nE-1;Ana;Tours\r\n;;\r\n\r\n ; ; \r\n";
        assertThat(read(file.getBytes(StandardCharsets.UTF_8))).extracting(SpreadsheetFile.Row::line).containsExactly(2);
    }

    @Test
    void aFileWithoutAnEmployeeColumnIsRefusedInWords() {
        assertThatThrownBy(() -> read("Nom;Ville\nA;B\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No column gives the employee id");
        assertThatThrownBy(() -> read(new byte[0])).hasMessageContaining("The file is empty");
    }

    @Test
    void anUnterminatedQuoteIsReportedAtItsLineAndTheRowsBeforeItAreKept() throws Exception {
        String file = "employeeId;fullName\nE-1;Ana\nE-2;\"Ben\nE-3;Cleo\n";
        List<SpreadsheetFile.Row> rows = read(file.getBytes(StandardCharsets.UTF_8));
        assertThat(rows.get(0).values()).containsEntry("fullName", "Ana");
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).unreadable()).contains("unterminated quote");
    }

    private static List<SpreadsheetFile.Row> read(byte[] bytes) throws Exception {
        List<SpreadsheetFile.Row> rows = new ArrayList<>();
        WaveFile.read(() -> new ByteArrayInputStream(bytes), rows::add);
        return rows;
    }
}
