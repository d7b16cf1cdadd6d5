package com.homebound.equipment;

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
}
