package com.homebound.shipping;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Carriers Homebound ships with, and where an employee follows a parcel. */
public enum Carrier {
    CHRONOPOST("Chronopost", "https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=", "chronopost"),
    COLISSIMO("Colissimo", "https://www.laposte.fr/outils/suivre-vos-envois?code=", "colissimo", "la-poste"),
    DHL_EXPRESS("DHL Express", "https://www.dhl.com/fr-en/home/tracking.html?tracking-id=", "dhl"),
    UPS("UPS", "https://www.ups.com/track?tracknum=", "ups"),
    DPD("DPD", "https://trace.dpd.fr/fr/trace/", "dpd"),
    AMANA("Amana", "https://www.amana.ma/suivi-envoi?code=", "amana", "poste-maroc");

    private final String displayName;
    private final String trackingUrl;
    private final String[] slugPrefixes;

    Carrier(String displayName, String trackingUrl, String... slugPrefixes) {
        this.displayName = displayName;
        this.trackingUrl = trackingUrl;
        this.slugPrefixes = slugPrefixes;
    }

    /** The carrier behind an AfterShip courier slug such as "dhl" or "chronopost-france". */
    public static Optional<Carrier> bySlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> Arrays.stream(c.slugPrefixes).anyMatch(slug.toLowerCase()::startsWith)).findFirst();
    }

    public String displayName() {
        return displayName;
    }

    public String trackingLink(String trackingNumber) {
        return trackingUrl + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8);
    }

    /** "DHL Express", "DHL_EXPRESS" or "dhl-express". */
    public static Optional<Carrier> byName(String name) {
        return Arrays.stream(values()).filter(c -> c.displayName.equalsIgnoreCase(name) || c.name().equalsIgnoreCase(name)
                || c.name().replace('_', '-').equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The Camunda group of this carrier's users ("carrierDhlExpress"; Camunda ids are letters and digits):
     * its tasks go to this group only, so the engine's own task authorizations keep each carrier to its parcels.
     */
    public String group() {
        return GROUP_PREFIX + Arrays.stream(name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase()).collect(Collectors.joining());
    }

    public static Optional<Carrier> ofGroup(String groupId) {
        return Arrays.stream(values()).filter(c -> c.group().equals(groupId)).findFirst();
    }

    /** The slug its reports are filed under when the carrier itself, not a tracking platform, sends them. */
    public String slug() {
        return slugPrefixes[0];
    }

    private static final String GROUP_PREFIX = "carrier";
}
