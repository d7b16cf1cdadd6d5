package com.homebound.shipping;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Carriers Homebound ships with, and where an employee follows a parcel. */
public enum Carrier {
    CHRONOPOST("Chronopost", "https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT="),
    COLISSIMO("Colissimo", "https://www.laposte.fr/outils/suivre-vos-envois?code="),
    DHL_EXPRESS("DHL Express", "https://www.dhl.com/fr-en/home/tracking.html?tracking-id="),
    UPS("UPS", "https://www.ups.com/track?tracknum="),
    DPD("DPD", "https://trace.dpd.fr/fr/trace/"),
    AMANA("Amana", "https://www.amana.ma/suivi-envoi?code=");

    private final String displayName;
    private final String trackingUrl;

    Carrier(String displayName, String trackingUrl) {
        this.displayName = displayName;
        this.trackingUrl = trackingUrl;
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
