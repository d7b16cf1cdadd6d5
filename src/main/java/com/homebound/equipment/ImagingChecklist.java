package com.homebound.equipment;

import java.util.LinkedHashMap;
import java.util.Map;

import com.homebound.process.FormInput;

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

    /** The form's id: its labels name the fields in a refusal, on the form and in a bench report alike. */
    public static final String FORM = "image-laptop";

    /**
     * The rule for a laptop to count as imaged, whether IT ticks the form or a bench report says so:
     * an image version, and every control confirmed. Problems are collected in {@code in}.
     */
    public static ImagingChecklist confirmedIn(FormInput in) {
        String imageVersion = in.text("imageVersion", 40);
        CONTROLS.forEach(in::confirmed);
        return new ImagingChecklist(imageVersion, true, true, true, true, true, true);
    }
}
