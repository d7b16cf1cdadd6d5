package com.homebound.shipping;

import java.util.List;

import com.homebound.equipment.BundleItem;

/** How tasks and mails name a kit: its one item's label, or "kit of laptop (…) and headset (…)". */
final class KitLabel {

    private KitLabel() {
    }

    static String of(List<BundleItem> items) {
        if (items.size() == 1) {
            return items.get(0).label();
        }
        List<String> labels = items.stream().map(BundleItem::label).toList();
        return "kit of " + String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }
}
