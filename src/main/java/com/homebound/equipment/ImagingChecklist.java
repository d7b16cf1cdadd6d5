package com.homebound.equipment;

import java.util.LinkedHashMap;
import java.util.Map;

/** The hardening controls IT confirms before a laptop leaves for someone's home. */
public record ImagingChecklist(
        String imageVersion,
        boolean diskEncrypted,
        boolean antivirusActive,
        boolean firewallOn,
        boolean vpnProfileInstalled,
        boolean usbStorageBlocked,
        boolean autoUpdatesOn) {

    /** Form key of each control and how it reads in an error message. */
    public static final Map<String, String> CONTROLS = new LinkedHashMap<>();

    static {
        CONTROLS.put("diskEncrypted", "Disk encryption");
        CONTROLS.put("antivirusActive", "Antivirus / EDR");
        CONTROLS.put("firewallOn", "Firewall");
        CONTROLS.put("vpnProfileInstalled", "VPN profile");
        CONTROLS.put("usbStorageBlocked", "USB storage blocking");
        CONTROLS.put("autoUpdatesOn", "Automatic security updates");
    }
}
