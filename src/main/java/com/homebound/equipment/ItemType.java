package com.homebound.equipment;

public enum ItemType {
    LAPTOP("laptop"),
    HEADSET("headset"),
    MONITOR("monitor"),
    FOUR_G_BOX("4G box");

    private final String label;

    ItemType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
