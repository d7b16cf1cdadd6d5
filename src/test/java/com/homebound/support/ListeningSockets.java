package com.homebound.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The TCP ports this JVM listens on and the address each is bound to, as the kernel reports them (Linux). */
public final class ListeningSockets {

    public record Listener(String address, int port) {
        public boolean loopbackOnly() {
            return address.startsWith("127.") || address.equals("::1") || address.startsWith("::ffff:127.");
        }
    }

    private ListeningSockets() {
    }

    public static List<Listener> ofThisProcess() throws IOException {
        Set<String> ownSockets = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        ownSockets.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            });
        }
        List<Listener> listeners = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A") && ownSockets.contains(f[9])) { // 0A: LISTEN
                    String[] local = f[1].split(":");
                    listeners.add(new Listener(address(local[0]), Integer.parseInt(local[1], 16)));
                }
            }
        }
        return listeners;
    }

    /** /proc/net/tcp writes addresses as little-endian hex words. */
    private static String address(String hex) {
        if (hex.length() == 8) {
            return Integer.parseInt(hex.substring(6, 8), 16) + "." + Integer.parseInt(hex.substring(4, 6), 16) + "."
                    + Integer.parseInt(hex.substring(2, 4), 16) + "." + Integer.parseInt(hex.substring(0, 2), 16);
        }
        if (hex.equals("00000000000000000000000001000000")) {
            return "::1";
        }
        if (hex.startsWith("0000000000000000FFFF0000")) {
            return "::ffff:" + address(hex.substring(24));
        }
        return hex.equals("00000000000000000000000000000000") ? "::" : hex;
    }
}
