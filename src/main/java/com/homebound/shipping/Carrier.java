package com.homebound.shipping;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

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

    public static Optional<Carrier> byName(String name) {
        return Arrays.stream(values()).filter(c -> c.displayName.equalsIgnoreCase(name) || c.name().equalsIgnoreCase(name)).findFirst();
    }
}
