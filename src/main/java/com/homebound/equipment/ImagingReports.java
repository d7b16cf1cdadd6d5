package com.homebound.equipment;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Service;

import com.homebound.importing.ColumnNames;
import com.homebound.importing.LineReport;
import com.homebound.importing.SpreadsheetFile;
import com.homebound.importing.TaskCompletions;
import com.homebound.process.FormInput;

/**
 * An imaging bench's or MDM's report: each row that says a laptop was mastered with every control
 * on completes that laptop's *Image and harden laptop* task, exactly as if IT had ticked the form.
 * The file is read and applied a chunk of rows at a time.
 */
@Service
public class ImagingReports {

    /** Rows looked up together and completed in one transaction. */
    static final int CHUNK = 100;

    static final ColumnNames COLUMNS = new ColumnNames()
            .column("serialNumber", "Serial number", "Numéro de série", "serial", "SN", "N° de série", "No de série", "numero serie")
            .column("imageVersion", "Image version", "Version de l'image", "System image version", "version image", "image", "master",
                    "version du master")
            .column("diskEncrypted", "Disk encryption", "Chiffrement du disque", "Disk encryption enabled", "BitLocker", "chiffrement",
                    "encryption", "disque chiffré")
            .column("antivirusActive", "Antivirus / EDR", "Antivirus / EDR actif", "antivirus", "EDR", "antivirus EDR")
            .column("firewallOn", "Firewall", "Pare-feu", "firewall on", "pare-feu actif")
            .column("vpnProfileInstalled", "VPN profile", "Profil VPN", "VPN profile installed", "profil VPN installé", "VPN")
            .column("usbStorageBlocked", "USB storage blocked", "Stockage USB bloqué", "USB storage blocking", "USB bloqué", "blocage USB", "USB")
            .column("autoUpdatesOn", "Automatic security updates", "Mises à jour de sécurité automatiques", "Automatic security updates on",
                    "mises à jour automatiques", "auto updates", "MAJ automatiques");

    private final ImagingChecklistRepository checklists;
    private final TaskCompletions completions;

    ImagingReports(ImagingChecklistRepository checklists, TaskCompletions completions) {
        this.checklists = checklists;
        this.completions = completions;
    }

    /**
     * Applies the report as the caller (whose rights the engine checks on each task), or only says
     * what it would do.
     * @throws IllegalArgumentException when the file cannot be a bench report (empty, a column missing)
     */
    public LineReport apply(SpreadsheetFile.Source file, boolean dryRun) throws IOException {
        LineReport report = new LineReport(dryRun);
        Map<String, Integer> lineOfSerial = new HashMap<>();
        SpreadsheetFile.readInChunks(file, COLUMNS, CHUNK, chunk -> apply(chunk, lineOfSerial, report));
        return report;
    }

    private void apply(List<SpreadsheetFile.Row> rows, Map<String, Integer> lineOfSerial, LineReport report) {
        Map<String, ImagingChecklistRepository.BenchLaptop> laptops = checklists.laptopsBySerial(rows.stream()
                .map(row -> row.get("serialNumber")).filter(Asset.SERIAL_NUMBER::fits).distinct().toList());
        Map<String, String> openTaskOfProcess = completions.openTasks(laptops.values().stream()
                .map(ImagingChecklistRepository.BenchLaptop::processInstanceId).filter(Objects::nonNull).distinct().toList(), "ImageLaptop");
        List<TaskCompletions.Completion> good = new ArrayList<>();
        for (SpreadsheetFile.Row row : rows) {
            String serial = row.get("serialNumber");
            if (row.unreadable() != null) {
                report.refused(row.line(), serial, "This line " + row.unreadable());
                continue;
            }
            if (serial == null) {
                report.refused(row.line(), null, "Serial number is required");
                continue;
            }
            if (!Asset.SERIAL_NUMBER.fits(serial)) {
                report.refused(row.line(), null, "Serial number must be " + Asset.SERIAL_NUMBER.description());
                continue;
            }
            Integer earlier = lineOfSerial.putIfAbsent(serial, row.line());
            if (earlier != null) {
                report.refused(row.line(), serial, "This laptop is on line " + earlier + " already: a laptop is reported once per file");
                continue;
            }
            var laptop = laptops.get(serial);
            if (laptop == null) {
                report.notFound(row.line(), serial, "No laptop has serial number " + serial + " in Homebound: is it a laptop received for someone?");
                continue;
            }
            String taskId = openTaskOfProcess.get(laptop.processInstanceId());
            if (taskId == null) {
                if (laptop.imagedAt() != null) {
                    report.alreadyDone(row.line(), serial, "Imaged already, on " + laptop.imagedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate()
                            + " by " + laptop.imagedBy() + ": nothing changed");
                } else {
                    report.refused(row.line(), serial, "No imaging task of this laptop is open to you (not received yet, on its way back, or given to another group): nothing changed");
                }
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("imageVersion", row.get("imageVersion"));
            ImagingChecklist.CONTROLS.keySet().forEach(key -> values.put(key, ColumnNames.yesNo(row.get(key))));
            FormInput in = FormInput.ofValues(values, ImagingChecklist.FORM);
            ImagingChecklist checklist = ImagingChecklist.confirmedIn(in);
            try {
                in.validate();
            } catch (FormFieldValidationException refused) {
                report.refused(row.line(), serial, refused.getMessage() + ": the laptop stays to image");
                continue;
            }
            // What the form sends when every box is ticked: the task's own listener records it.
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("imageVersion", checklist.imageVersion());
            ImagingChecklist.CONTROLS.keySet().forEach(key -> form.put(key, Boolean.TRUE));
            good.add(new TaskCompletions.Completion(row.line(), serial, taskId, form,
                    "Imaged with " + checklist.imageVersion() + ", every control confirmed: completes its imaging task"));
        }
        completions.complete(good, report);
    }
}
