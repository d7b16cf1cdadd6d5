package com.homebound.equipment;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Where a person stands, by their equipment: the least advanced item says it. One rule written twice on
 * purpose, in Java for pages that already hold a case's items (a manager's people) and in SQL for counts over
 * a whole wave (HR's wave page and its chart); CaseStageTest checks that the two agree on every mix of items.
 */
public final class CaseStage {

    public static final String REGISTERED = "registered";
    public static final String WAITING = "waiting for stock or vendor";
    public static final String IMAGING = "imaging";
    public static final String SHIPPING = "shipping";
    public static final String DELIVERED = "delivered";
    public static final String READY = "ready";

    /** The stages in the order a person goes through them. */
    public static final List<String> ALL = List.of(REGISTERED, WAITING, IMAGING, SHIPPING, DELIVERED, READY);

    private static final Set<String> AWAITED = Set.of("REQUESTED", "AWAITING_PURCHASE", "ORDERED");
    private static final Set<String> AT_IT = Set.of("RECEIVED");
    private static final Set<String> ON_THE_WAY = Set.of("RESERVED", "IMAGED", "SHIPPED");

    /**
     * The rule in SQL, for a query over {@code onboarding_case c} left-joined to its {@code bundle_item b} that are
     * not cancelled ({@code b.state <> 'CANCELLED'}), grouped by case.
     */
    public static final String SQL = """
            case when c.status = 'READY' then 'ready'
                 when count(b.id) = 0 then 'registered'
                 when sum(case when b.state in ('REQUESTED', 'AWAITING_PURCHASE', 'ORDERED') then 1 else 0 end) > 0 then 'waiting for stock or vendor'
                 when sum(case when b.state = 'RECEIVED' then 1 else 0 end) > 0 then 'imaging'
                 when sum(case when b.state in ('RESERVED', 'IMAGED', 'SHIPPED') then 1 else 0 end) > 0 then 'shipping'
                 when sum(case when b.state = 'DELIVERED' then 1 else 0 end) = count(b.id) then 'delivered'
                 else 'registered' end""";

    private CaseStage() {
    }

    /** The stage of a case, ready or not, with its items' states (cancelled items do not count). */
    public static String of(boolean caseReady, Collection<String> itemStates) {
        List<String> items = itemStates.stream().filter(s -> !"CANCELLED".equals(s)).toList();
        if (caseReady) {
            return READY;
        }
        if (items.isEmpty()) {
            return REGISTERED;
        }
        if (items.stream().anyMatch(AWAITED::contains)) {
            return WAITING;
        }
        if (items.stream().anyMatch(AT_IT::contains)) {
            return IMAGING;
        }
        if (items.stream().anyMatch(ON_THE_WAY::contains)) {
            return SHIPPING;
        }
        // Items being returned leave the person "registered": they are no longer equipped.
        return items.stream().allMatch("DELIVERED"::equals) ? DELIVERED : REGISTERED;
    }
}
