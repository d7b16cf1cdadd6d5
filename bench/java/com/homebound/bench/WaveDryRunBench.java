package com.homebound.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import com.homebound.support.AppTestCase;

/**
 * A 100,000-row file checked without starting anything, in a JVM capped at 256 MB (the bench
 * profile runs this class alone with -Xmx256m): the file is streamed, never whole in memory.
 */
class WaveDryRunBench extends AppTestCase {

    private static final int ROWS = 100_000;

    @Test
    void aDryRunOf100000Rows() throws Exception {
        Path file = Files.createTempFile("wave-100k", ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            String start = LocalDate.now().plusDays(5).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            out.write(("Matricule;Nom;Email professionnel;Email personnel;Téléphone;Adresse;Code postal;Ville;Pays;Date d'arrivée;"
                    + "Type;Profil;Box internet;Responsable\r\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < ROWS; i++) {
                out.write(("BIG-" + i + ";Hélène Lefèvre " + i + ";p" + i + "@acme.example;p" + i + "@maison.example;+33 6 12 34 56 78;\""
                        + i + ", rue de l'Église\";37000;Tours;France;" + start + ";Passage en télétravail;Conseiller;"
                        + (i % 3 == 0 ? "non" : "oui") + ";" + MANAGER + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        String boundary = "----bigwave";
        Path body = Files.createTempFile("wave-100k", ".multipart");
        try (OutputStream out = Files.newOutputStream(body)) {
            for (String[] field : new String[][] {{"name", "Rehearsal 100k"}, {"planLevel", "3"}, {"site", "Tours"},
                    {"targetDate", LocalDate.now().plusDays(20).toString()}}) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            Files.copy(file, out);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        var reply = send(HR, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/waves?dryRun=true"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofFile(body)));
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (reply.status() != 200 || reply.json().get("rows").asInt() != ROWS) {
            throw new AssertionError("Dry run failed: " + reply.status() + " " + reply.body().substring(0, Math.min(300, reply.body().length())));
        }
        String line = String.format("| Dry run (rehearsal) of a 100,000-row file, -Xmx%d MB | %.1f s, heap high-water %d MB "
                        + "(sum of the heap pools' peaks, an upper bound), file %d MB, no out-of-memory | forecast: %s |",
                Runtime.getRuntime().maxMemory() / (1024 * 1024), seconds, peak / (1024 * 1024), Files.size(file) / (1024 * 1024),
                reply.json().get("forecast").get("bottleneck").asText());
        Path out = Path.of("target", "bench", "wave-dry-run.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + "\n");
        System.out.println("\n" + line);
        Files.delete(file);
        Files.delete(body);
    }

}
