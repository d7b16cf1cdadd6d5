package com.homebound.returns;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Returns and their items. */
@Repository
public class ReturnRepository {

    /** What a person has at home: delivered items, and a laptop they kept and had re-imaged. */
    private static final String WITH_EMPLOYEE = """
            from bundle_item b join onboarding_case c on c.id = b.case_id
            where c.employee_id = ? and (b.state = 'DELIVERED' or (b.source = 'KEPT' and b.state = 'IMAGED'))""";

    public record ReturnItem(Long id, long returnId, long bundleItemId, Long assetId, InspectionOutcome outcome) {
    }

    private final JdbcClient jdbc;

    public ReturnRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Long> bundleItemsWith(long employeeId) {
        return jdbc.sql("select b.id " + WITH_EMPLOYEE + " order by b.id").param(employeeId).query(Long.class).list();
    }

    public List<String> teamMembersWithEquipment(String managerId) {
        return jdbc.sql("""
                select e.employee_number from employee e where e.manager_id = ?
                and exists (select 1 from bundle_item b join onboarding_case c on c.id = b.case_id
                            where c.employee_id = e.id and (b.state = 'DELIVERED' or (b.source = 'KEPT' and b.state = 'IMAGED')))
                and not exists (select 1 from equipment_return r where r.employee_id = e.id and r.status = 'OPEN')
                order by e.employee_number""").param(managerId).query(String.class).list();
    }

    public Optional<EquipmentReturn> findOpenFor(long employeeId) {
        return jdbc.sql("select * from equipment_return where employee_id = ? and status = ?").params(employeeId, ReturnStatus.OPEN.name())
                .query(EquipmentReturn.class).optional();
    }

    public EquipmentReturn get(long id) {
        return jdbc.sql("select * from equipment_return where id = ?").param(id).query(EquipmentReturn.class).single();
    }

    public long open(long employeeId, String reason, String processInstanceId, List<Long> bundleItemIds) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into equipment_return (employee_id, reason, status, process_instance_id, created_at) values (?, ?, ?, ?, ?)")
                .params(employeeId, reason, ReturnStatus.OPEN.name(), processInstanceId, now()).update(key, "id");
        long returnId = key.getKey().longValue();
        for (long itemId : bundleItemIds) {
            jdbc.sql("insert into return_item (return_id, bundle_item_id, asset_id) select ?, id, asset_id from bundle_item where id = ?")
                    .params(returnId, itemId).update();
        }
        return returnId;
    }

    public List<Long> itemIdsOf(long returnId) {
        return jdbc.sql("select id from return_item where return_id = ? order by id").param(returnId).query(Long.class).list();
    }

    public List<ReturnItem> itemsOf(long returnId) {
        return jdbc.sql("select * from return_item where return_id = ? order by id").param(returnId).query(ReturnItem.class).list();
    }

    public ReturnItem item(long returnItemId) {
        return jdbc.sql("select * from return_item where id = ?").param(returnItemId).query(ReturnItem.class).single();
    }

    /** "laptop (Lenovo ThinkPad E14 Gen 6)", for task names. */
    public String labelOf(long returnItemId) {
        return jdbc.sql("""
                select b.item_type, b.model from return_item r join bundle_item b on b.id = r.bundle_item_id where r.id = ?""")
                .param(returnItemId)
                .query((rs, n) -> com.homebound.equipment.ItemType.valueOf(rs.getString(1)).label() + " (" + rs.getString(2) + ")")
                .single();
    }

    public void recordInspection(long returnItemId, Long assetId, InspectionOutcome outcome, String disposalReason, String inspectedBy) {
        jdbc.sql("update return_item set asset_id = ?, outcome = ?, disposal_reason = ?, inspected_by = ?, inspected_at = ? where id = ?")
                .params(assetId, outcome.name(), disposalReason, inspectedBy, now(), returnItemId).update();
    }

    /** The carrier that ships the kit and collects the parcel; its users alone see both tasks. */
    public void assignCarrier(long returnId, String carrier) {
        jdbc.sql("update equipment_return set carrier = ? where id = ?").params(carrier, returnId).update();
    }

    public String carrierOf(long returnId) {
        // Null until the process has assigned a carrier (a list, as a single null is no result to JdbcClient).
        List<String> carrier = jdbc.sql("select carrier from equipment_return where id = ?").param(returnId).query(String.class).list();
        return carrier.isEmpty() ? null : carrier.get(0);
    }

    public void countReminder(long returnId) {
        jdbc.sql("update equipment_return set reminders_sent = reminders_sent + 1 where id = ?").param(returnId).update();
    }

    public void managerTold(long returnId) {
        jdbc.sql("update equipment_return set manager_told_at = ? where id = ?").params(now(), returnId).update();
    }

    public void close(long returnId) {
        jdbc.sql("update equipment_return set status = ?, closed_at = ? where id = ?").params(ReturnStatus.CLOSED.name(), now(), returnId).update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
