package com.homebound.equipment;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ImagingChecklistRepository {

    private final JdbcClient jdbc;

    public ImagingChecklistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long bundleItemId, ImagingChecklist c, String completedBy) {
        jdbc.sql("delete from imaging_checklist where bundle_item_id = ?").param(bundleItemId).update();
        jdbc.sql("""
                insert into imaging_checklist (bundle_item_id, image_version, disk_encrypted, antivirus_active, firewall_on,
                    vpn_profile_installed, usb_storage_blocked, auto_updates_on, completed_by, completed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(bundleItemId, c.imageVersion(), c.diskEncrypted(), c.antivirusActive(), c.firewallOn(),
                        c.vpnProfileInstalled(), c.usbStorageBlocked(), c.autoUpdatesOn(), completedBy, BundleItemRepository.now())
                .update();
    }

    public Optional<ImagingChecklist> findFor(long bundleItemId) {
        return jdbc.sql("select * from imaging_checklist where bundle_item_id = ?").param(bundleItemId)
                .query(ImagingChecklist.class).optional();
    }

    /** A laptop a bench report names: its bundle item, the process that images it, and when it was imaged, if it was. */
    public record BenchLaptop(String serialNumber, long bundleItemId, String processInstanceId, OffsetDateTime imagedAt, String imagedBy) {
    }

    /** The laptops with these serial numbers, by serial number; a laptop that came back and went out again is its latest trip. */
    public Map<String, BenchLaptop> laptopsBySerial(Collection<String> serialNumbers) {
        Map<String, BenchLaptop> found = new HashMap<>();
        if (serialNumbers.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select a.serial_number, b.id as bundle_item_id, b.process_instance_id, c.completed_at as imaged_at, c.completed_by as imaged_by
                from asset a join bundle_item b on b.asset_id = a.id left join imaging_checklist c on c.bundle_item_id = b.id
                where a.serial_number in (:serials) and a.item_type = :laptop order by b.id""")
                .param("serials", serialNumbers).param("laptop", ItemType.LAPTOP.name())
                .query((rs, n) -> new BenchLaptop(rs.getString("serial_number"), rs.getLong("bundle_item_id"), rs.getString("process_instance_id"),
                        rs.getObject("imaged_at", OffsetDateTime.class), rs.getString("imaged_by")))
                .list().forEach(laptop -> found.put(laptop.serialNumber(), laptop));
        return found;
    }
}
