package com.homebound.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.homebound.equipment.BundleItem;
import com.homebound.equipment.CaseStage;
import com.homebound.equipment.ItemType;
import com.homebound.process.Deadlines;
import com.homebound.shipping.Carrier;

/**
 * Where each person's onboarding stands, read from Homebound's tables in a few set queries per page:
 * the people, then their items (with each step's date) and what their cases wait on, for the page's
 * people at once. Who may see whom is decided by the caller's {@link Scope}, in the queries themselves.
 */
@Component
class PeopleTracking {

    /** The steps of an item, in order; items from stock skip the first two. */
    static final List<String> STEPS = List.of("ordered", "received", "imaged", "shipped", "out for delivery", "delivered");

    /** A person's stages, the same as a wave's progress bar (WaveProgress). */

    static final int MAX_PAGE = 500;

    /**
     * Whose people the caller sees: one manager's, or everyone's (managerId null); groups say which
     * links to Tasklist and Cockpit the caller can follow.
     */
    record Scope(String managerId, boolean everyone, Set<String> groups) {
        static Scope managerOf(String managerId) {
            return new Scope(managerId, false, Set.of());
        }

        static Scope all(Set<String> groups) {
            return new Scope(null, true, groups);
        }
    }

    /** Where to act on a case: a task in Tasklist for its group, the case in Cockpit for administrators. */
    record Link(String label, String href) {
    }

    /** The filters of HR's and IT's list; a manager may use them too, within their people. */
    record Filter(Long waveId, String site, String status, boolean overdueOnly) {
        static final Filter NONE = new Filter(null, null, null, false);
    }

    record Step(String name, String state, OffsetDateTime at, boolean overdue) {
    }

    record Item(long id, String label, String state, String carrier, String trackingNumber, String trackingLink, List<Step> timeline,
                boolean overdue) {
    }

    record Waiting(String taskId, String task, String heldBy, OffsetDateTime since, OffsetDateTime due, boolean overdue,
                   Long bundleItemId, @com.fasterxml.jackson.annotation.JsonIgnore String heldByGroup) {
    }

    record Contract(String kind, OffsetDateTime sentAt, LocalDate signedOn, String status) {
    }

    record Training(OffsetDateTime startsAt, Boolean attended, String status) {
    }

    record Person(long caseId, String employeeNumber, String name, String managerId, String status, String stage,
                  Long waveId, String waveName, String site, LocalDate startDate, LocalDate expectedReady, boolean overdue,
                  List<Waiting> waitingOn, List<Item> items, Contract contract, String accounts, Training training,
                  List<Link> links) {
    }

    /** next: the value of "before" that gives the following page, null on the last one. */
    record Page(List<Person> people, Long next) {
    }

    private final JdbcClient jdbc;

    PeopleTracking(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the people the scope sees, newest case first (cases before the given one), each with
     * items and what they wait on. Paged by case id, so the thousandth page costs what the first does.
     */
    Page people(Scope scope, Filter filter, Long before, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, filter, params);
        if (before != null) {
            where += " and c.id < ?";
            params.add(before);
        }
        params.add(limit + 1);
        List<Row> rows = jdbc.sql(SELECT_CASES + where + " order by c.id desc limit ?").params(params)
                .query((rs, n) -> row(rs)).list();
        boolean more = rows.size() > limit;
        List<Row> page = more ? rows.subList(0, limit) : rows;
        return new Page(complete(scope, page), more ? page.get(page.size() - 1).caseId() : null);
    }

    /** One person, if the scope sees them. */
    java.util.Optional<Person> person(Scope scope, long caseId) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, Filter.NONE, params) + " and c.id = ?";
        params.add(caseId);
        List<Row> rows = jdbc.sql(SELECT_CASES + where).params(params).query((rs, n) -> row(rs)).list();
        return complete(scope, rows).stream().findFirst();
    }

    /** People by case id, in that order (a wave's stuck cases); the caller has checked the scope. */
    List<Person> cases(Scope scope, Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql(SELECT_CASES + " where c.id in (" + marks(caseIds.size()) + ")").params(List.copyOf(caseIds))
                .query((rs, n) -> row(rs)).list();
        Map<Long, Person> byId = complete(scope, rows).stream().collect(Collectors.toMap(Person::caseId, p -> p));
        return caseIds.stream().map(byId::get).filter(p -> p != null).toList();
    }

    static final String SELECT_CASES = """
            select c.id, c.status, c.start_date, c.ready_at, c.accounts_ready_at, c.process_instance_id, c.wave_id,
                   e.employee_number, e.full_name, e.manager_id, w.name as wave_name,
                   coalesce((select max(wp.site) from wave_person wp where wp.case_id = c.id), w.site) as site,
                   k.kind as contract_kind, k.sent_at as contract_sent_at, k.signed_on as contract_signed_on
            from onboarding_case c
            join employee e on e.id = c.employee_id
            left join wave w on w.id = c.wave_id
            left join contract k on k.case_id = c.id
            """;

    /** The scope and filters as SQL, with their values added to params. */
    static String where(Scope scope, Filter filter, List<Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!scope.everyone()) {
            where.append(" and e.manager_id = ?");
            params.add(scope.managerId());
        }
        if (filter.waveId() != null) {
            where.append(" and c.wave_id = ?");
            params.add(filter.waveId());
        }
        if (filter.site() != null) {
            // As sets the database hashes once, not a look-up per case: the site's people may be far down the list.
            where.append(" and (c.id in (select wp.case_id from wave_person wp where lower(wp.site) = lower(?) and wp.case_id is not null)"
                    + " or c.wave_id in (select sw.id from wave sw where lower(sw.site) = lower(?)))");
            params.add(filter.site());
            params.add(filter.site());
        }
        if (filter.status() != null) {
            where.append(" and c.status = ?");
            params.add(filter.status());
        }
        if (filter.overdueOnly()) {
            where.append(" and exists (select 1 from case_waiting_task t where t.case_id = c.id and t.due_at < ?)");
            params.add(now());
        }
        return where.toString();
    }

    private record Row(long caseId, String status, LocalDate startDate, OffsetDateTime readyAt, OffsetDateTime accountsReadyAt,
                       String processInstanceId, Long waveId, String employeeNumber, String name, String managerId,
                       String waveName, String site, Contract contract) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        String kind = rs.getString("contract_kind");
        OffsetDateTime sent = rs.getObject("contract_sent_at", OffsetDateTime.class);
        LocalDate signed = rs.getObject("contract_signed_on", LocalDate.class);
        Contract contract = kind == null ? new Contract(null, null, null, "not sent yet") : new Contract(kind, sent, signed,
                signed != null ? "signed on " + signed : sent != null ? "sent on " + sent.toLocalDate() + ", not signed yet" : "not sent yet");
        long wave = rs.getLong("wave_id");
        Long waveId = rs.wasNull() ? null : wave;
        return new Row(rs.getLong("id"), rs.getString("status"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("ready_at", OffsetDateTime.class), rs.getObject("accounts_ready_at", OffsetDateTime.class),
                rs.getString("process_instance_id"), waveId, rs.getString("employee_number"),
                rs.getString("full_name"), rs.getString("manager_id"), rs.getString("wave_name"), rs.getString("site"), contract);
    }

    private static List<Link> links(Scope scope, Row r, List<Waiting> waits) {
        List<Link> links = new ArrayList<>();
        for (Waiting w : waits) {
            if (w.heldByGroup() != null && scope.groups().contains(w.heldByGroup())) {
                links.add(new Link("Open \"" + w.task() + "\" in Tasklist", "/camunda/app/tasklist/default/#/?task=" + w.taskId()));
            }
        }
        if (r.processInstanceId() != null && scope.groups().contains("camunda-admin")) {
            links.add(new Link("Open the case in Cockpit", "/camunda/app/cockpit/default/#/process-instance/" + r.processInstanceId()));
        }
        return links;
    }

    private List<Person> complete(Scope scope, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::caseId).toList();
        Map<Long, List<ItemRow>> items = items(ids);
        Map<Long, List<Waiting>> waiting = waiting(ids);
        Map<Long, Training> training = training(ids);
        List<Person> people = new ArrayList<>();
        for (Row r : rows) {
            List<Waiting> waits = waiting.getOrDefault(r.caseId(), List.of());
            List<Item> caseItems = items.getOrDefault(r.caseId(), List.of()).stream().map(i -> i.item(waits)).toList();
            boolean ready = "READY".equals(r.status());
            people.add(new Person(r.caseId(), r.employeeNumber(), r.name(), r.managerId(), ready ? "ready" : "in progress",
                    CaseStage.of(ready, items.getOrDefault(r.caseId(), List.of()).stream().map(ItemRow::state).toList()), r.waveId(), r.waveName(), r.site(), r.startDate(),
                    ready ? r.readyAt().toLocalDate() : expectedReady(r, items.getOrDefault(r.caseId(), List.of())),
                    waits.stream().anyMatch(Waiting::overdue), waits, caseItems, r.contract(),
                    r.accountsReadyAt() == null ? "not set up yet" : "set up on " + r.accountsReadyAt().toLocalDate(),
                    training.get(r.caseId()), links(scope, r, waits)));
        }
        return people;
    }

    /**
     * When the person can work: the start date, unless an item arrives later. A parcel on its way takes
     * two days; an item still at IT three (image, ship, carry); one with a vendor three after the vendor's date.
     */
    private static LocalDate expectedReady(Row r, List<ItemRow> items) {
        LocalDate today = Deadlines.today();
        LocalDate latest = r.startDate().isBefore(today) ? today : r.startDate();
        for (ItemRow i : items) {
            LocalDate arrives = switch (i.state()) {
                case "DELIVERED" -> i.deliveredOn() == null ? today : i.deliveredOn();
                case "SHIPPED" -> i.shippedAt() == null ? today.plusDays(2) : i.shippedAt().toLocalDate().plusDays(2);
                case "REQUESTED", "AWAITING_PURCHASE", "ORDERED" -> (i.expectedDelivery() == null || i.expectedDelivery().isBefore(today)
                        ? today : i.expectedDelivery()).plusDays(3);
                default -> today.plusDays(3);
            };
            if (arrives.isAfter(latest)) {
                latest = arrives;
            }
        }
        return latest;
    }

    record ItemRow(long id, long caseId, String itemType, String model, String source, String state, OffsetDateTime updatedAt,
                   OffsetDateTime orderedAt, OffsetDateTime receivedAt, OffsetDateTime imagedAt, Long shipmentId, String carrier,
                   String trackingNumber, OffsetDateTime shippedAt, OffsetDateTime outForDeliveryAt, LocalDate deliveredOn,
                   LocalDate expectedDelivery) {

        String label() {
            ItemType type = ItemType.valueOf(itemType);
            return type.label() + " (" + model + ")";
        }

        boolean fromStock() {
            return BundleItem.STOCK.equals(source);
        }

        /** How far the item has got: the index of its last step done (-1 none). */
        int reached() {
            return switch (state) {
                case "ORDERED" -> 0;
                case "RECEIVED", "RESERVED" -> 1;
                case "IMAGED" -> 2;
                case "SHIPPED" -> outForDeliveryAt != null ? 4 : 3;
                case "DELIVERED", "RETURNING", "RETURNED" -> 5;
                default -> -1;
            };
        }

        Item item(List<Waiting> waits) {
            boolean late = waits.stream().anyMatch(w -> w.overdue() && w.bundleItemId() != null && w.bundleItemId() == id);
            int reached = reached();
            // Only laptops are imaged; a laptop's image is skipped only if it went past without one (kept equipment).
            boolean imagingSkipped = !ItemType.LAPTOP.name().equals(itemType) || (imagedAt == null && reached > 2);
            OffsetDateTime[] dates = {orderedAt, receivedAt, imagedAt, shippedAt, outForDeliveryAt,
                    deliveredOn == null ? null : deliveredOn.atStartOfDay().atOffset(ZoneOffset.UTC)};
            List<Step> timeline = new ArrayList<>();
            boolean stock = fromStock();
            for (int s = 0; s < STEPS.size(); s++) {
                String state;
                if ((stock && s < 2) || (s == 2 && imagingSkipped) || (s == 4 && outForDeliveryAt == null && reached == 5)) {
                    state = "skipped";
                } else if (s <= reached) {
                    state = "done";
                } else if (s == reached + 1 || (stock && reached < 2 && s == 2)) {
                    state = "next";
                } else {
                    state = "later";
                }
                timeline.add(new Step(STEPS.get(s), state, "skipped".equals(state) ? null : dates[s], late && "next".equals(state)));
            }
            String link = carrier == null || trackingNumber == null ? null
                    : Carrier.byName(carrier).map(c -> c.trackingLink(trackingNumber)).orElse(null);
            return new Item(id, label(), state.toLowerCase().replace('_', ' '), carrier, trackingNumber, link, timeline, late);
        }
    }

    private Map<Long, List<ItemRow>> items(List<Long> caseIds) {
        Map<Long, ItemRow> latest = new LinkedHashMap<>();
        jdbc.sql("""
                select b.id, b.case_id, b.item_type, b.model, b.source, b.state, b.updated_at,
                       coalesce(po.placed_at, wpo.placed_at) as ordered_at,
                       coalesce(wi.received_at, case when b.state = 'RECEIVED' then b.updated_at end) as received_at,
                       ic.completed_at as imaged_at,
                       s.id as shipment_id, s.carrier, s.tracking_number, s.shipped_at, s.delivered_on,
                       (select min(te.occurred_at) from tracking_event te
                         where te.shipment_id = s.id and te.status = 'OUT_FOR_DELIVERY') as out_for_delivery_at,
                       coalesce(po.expected_delivery, wpo.expected_delivery) as expected_delivery
                from bundle_item b
                left join (select o.bundle_item_id, max(o.placed_at) as placed_at, max(o.expected_delivery) as expected_delivery
                           from purchase_order o join bundle_item ob on ob.id = o.bundle_item_id
                           where ob.case_id in (""" + marks(caseIds.size()) + ")"
                + """
                           group by o.bundle_item_id) po on po.bundle_item_id = b.id
                left join wave_order_item wi on wi.bundle_item_id = b.id
                left join purchase_order wpo on wpo.id = wi.purchase_order_id
                left join imaging_checklist ic on ic.bundle_item_id = b.id
                left join kit_item ki on ki.bundle_item_id = b.id
                left join shipment s on s.id = ki.shipment_id and s.return_id is null
                where b.state <> 'CANCELLED' and b.case_id in (""" + marks(caseIds.size()) + ") order by b.case_id, b.id, s.id")
                .params(twice(caseIds))
                .query((rs, n) -> new ItemRow(rs.getLong("id"), rs.getLong("case_id"), rs.getString("item_type"), rs.getString("model"),
                        rs.getString("source"), rs.getString("state"), rs.getObject("updated_at", OffsetDateTime.class),
                        rs.getObject("ordered_at", OffsetDateTime.class), rs.getObject("received_at", OffsetDateTime.class),
                        rs.getObject("imaged_at", OffsetDateTime.class), (Long) rs.getObject("shipment_id", Long.class), rs.getString("carrier"),
                        rs.getString("tracking_number"), rs.getObject("shipped_at", OffsetDateTime.class),
                        rs.getObject("out_for_delivery_at", OffsetDateTime.class), rs.getObject("delivered_on", LocalDate.class),
                        rs.getObject("expected_delivery", LocalDate.class)))
                // A re-sent item travelled in several kits: the latest one is where it is.
                .list().forEach(i -> latest.put(i.id(), i));
        return latest.values().stream().collect(Collectors.groupingBy(ItemRow::caseId, LinkedHashMap::new, Collectors.toList()));
    }

    private Map<Long, List<Waiting>> waiting(List<Long> caseIds) {
        OffsetDateTime now = now();
        Map<Long, List<Waiting>> waits = new HashMap<>();
        jdbc.sql("select * from case_waiting_task where case_id in (" + marks(caseIds.size()) + ")").params(List.copyOf(caseIds))
                .query((rs, n) -> {
                    OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
                    long item = rs.getLong("bundle_item_id");
                    Long bundleItemId = rs.wasNull() ? null : item;
                    waits.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>()).add(new Waiting(rs.getString("task_id"),
                            rs.getString("name"), groupInWords(rs.getString("held_by")), rs.getObject("created_at", OffsetDateTime.class),
                            due, due != null && due.isBefore(now), bundleItemId, rs.getString("held_by")));
                    return null;
                }).list();
        // The late ones first, then the one due soonest.
        waits.values().forEach(list -> list.sort(Comparator.comparing(Waiting::overdue).reversed()
                .thenComparing(Waiting::due, Comparator.nullsLast(Comparator.naturalOrder()))));
        return waits;
    }

    private Map<Long, Training> training(List<Long> caseIds) {
        Map<Long, Training> sessions = new HashMap<>();
        jdbc.sql("select p.case_id, s.starts_at, p.attended from training_placement p join training_session s on s.id = p.session_id"
                        + " where p.case_id in (" + marks(caseIds.size()) + ") order by p.id")
                .params(List.copyOf(caseIds))
                .query((rs, n) -> {
                    OffsetDateTime starts = rs.getObject("starts_at", OffsetDateTime.class);
                    Boolean attended = (Boolean) rs.getObject("attended");
                    sessions.put(rs.getLong("case_id"), new Training(starts, attended, attended == null
                            ? "session on " + starts.toLocalDate() : attended ? "attended on " + starts.toLocalDate() : "missed the session of " + starts.toLocalDate()));
                    return null;
                }).list();
        return sessions;
    }

    /** "Colissimo" rather than the carrier's group id; HR and IT as they are known. */
    static String groupInWords(String group) {
        if (group == null) {
            return null;
        }
        return Carrier.ofGroup(group).map(Carrier::displayName).orElse(switch (group) {
            case "hr" -> "HR";
            case "it" -> "IT";
            default -> group;
        });
    }

    private static List<Object> twice(List<Long> ids) {
        List<Object> both = new ArrayList<>(ids);
        both.addAll(ids);
        return both;
    }

    static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
