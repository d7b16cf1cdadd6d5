package com.homebound.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Wave files as HR's French Excel writes them, and the multipart body the wave page posts. */
public final class WaveFiles {

    public static final String BOUNDARY = "----homeboundwave";

    private WaveFiles() {
    }

    /** {@code people} relocated call-centre agents in Tours, employee ids {@code prefix-0} upwards, all of one manager. */
    public static byte[] frenchExcel(String prefix, int people, String manager) {
        String start = LocalDate.now().plusDays(5).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        StringBuilder csv = new StringBuilder("\uFEFFMatricule;Nom;Email professionnel;Email personnel;Téléphone;Adresse;Code postal;"
                + "Ville;Pays;Date d'arrivée;Type;Profil;Box internet;Responsable\r\n");
        for (int i = 0; i < people; i++) {
            csv.append(prefix).append('-').append(i).append(";Hélène Lefèvre ").append(i).append(";p").append(i).append("@acme.example;p")
                    .append(i).append("@maison.example;+33 6 12 34 56 78;\"").append(i).append(", rue de l'Église\";37000;Tours;France;")
                    .append(start).append(";Passage en télétravail;Conseiller;non;").append(manager).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The body of {@code POST /api/waves}: a level 3 wave in Tours, due in ten days, and its file, with {@link #BOUNDARY}. */
    public static byte[] uploadBody(String waveName, byte[] file) {
        return uploadBody(waveName, "3", "Tours", LocalDate.now().plusDays(10).toString(), file);
    }

    /** The body of {@code POST /api/waves} with the wave's fields as HR typed them, and its file, with {@link #BOUNDARY}. */
    public static byte[] uploadBody(String name, String planLevel, String site, String targetDate, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"name", name}, {"planLevel", planLevel}, {"site", site}, {"targetDate", targetDate}}) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"wave.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
