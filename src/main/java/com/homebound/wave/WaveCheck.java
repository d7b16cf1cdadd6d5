package com.homebound.wave;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.homebound.equipment.ItemType;
import com.homebound.importing.SpreadsheetFile;
import com.homebound.onboarding.CaseAdmission;
import com.homebound.onboarding.OnboardingRequest;
import com.homebound.process.AsSystem;
import com.homebound.process.FormInput;

/**
 * Checks a wave's file row by row exactly as the start form is checked, and against everyone
 * already in progress or waiting in a wave: what would start, what each would receive, and why
 * any other row won't start.
 */
@Component
class WaveCheck {

    static final String START_FORM = "onboarding-start";

    /** A row once checked: READY to start, REJECTED (fix and upload again) or DUPLICATE (not stored). */
    record CheckedRow(int line, String employeeNumber, String site, Map<String, String> values, String status, String problem) {
    }

    private final CaseAdmission admission;
    private final DecisionService decisions;
    private final WaveRepository waves;
    private final AsSystem asSystem;

    WaveCheck(CaseAdmission admission, DecisionService decisions, WaveRepository waves, AsSystem asSystem) {
        this.admission = admission;
        this.decisions = decisions;
        this.waves = waves;
        this.asSystem = asSystem;
    }

    /**
     * @param waveId the wave the rows join (its earlier rows count), or null for a dry run
     * @param checked receives each row to store (ready or rejected); duplicates are reported only
     */
    WaveReport check(SpreadsheetFile.Source file, String defaultSite, Long waveId, Consumer<CheckedRow> checked) throws IOException {
        WaveReport report = new WaveReport();
        Set<String> inProgress = asSystem.call(admission::employeesInProgress);
        Map<String, String> inOtherWaves = waves.waitingInOtherWaves(waveId == null ? -1 : waveId);
        Map<String, WaveRepository.Person> inThisWave = waveId == null ? Map.of() : waves.peopleOf(waveId);
        Map<String, CaseAdmission.Manager> managers = new HashMap<>();
        Map<String, List<Demand.Item>> bundles = new HashMap<>();
        Map<String, Integer> seenOnLine = new HashMap<>();
        Map<String, String> headers = new HashMap<>();

        SpreadsheetFile.Layout layout = WaveFile.read(file, row -> {
            String number = row.values().get("employeeId");
            String site = row.values().getOrDefault(WaveColumns.SITE, defaultSite);
            if (site == null) {
                site = defaultSite;
            }
            if (row.unreadable() != null) {
                List<WaveReport.Problem> problems = List.of(new WaveReport.Problem(row.line(), "", "The line " + row.unreadable()));
                report.rejected(problems);
                checked.accept(new CheckedRow(row.line(), number, site, row.values(), WaveRepository.REJECTED, problems.get(0).problem()));
                return;
            }
            FormInput in = FormInput.ofValues(row.values(), START_FORM);
            OnboardingRequest request = asStartForm(in,
                    typed -> managers.computeIfAbsent(typed, name -> asSystem.call(() -> admission.findManager(name))));
            if (!in.problems().isEmpty()) {
                List<WaveReport.Problem> problems = new ArrayList<>();
                in.problems().forEach((key, problem) -> problems.add(new WaveReport.Problem(row.line(), headers.getOrDefault(key, ""), problem)));
                problems.sort(java.util.Comparator.comparing(WaveReport.Problem::column));
                report.rejected(problems);
                checked.accept(new CheckedRow(row.line(), number, site, row.values(), WaveRepository.REJECTED,
                        String.join("; ", problems.stream().map(WaveReport.Problem::problem).toList())));
                return;
            }
            String why = duplicate(number, row.line(), seenOnLine, inProgress, inOtherWaves, inThisWave);
            if (why != null) {
                report.duplicate(new WaveReport.Problem(row.line(), headers.getOrDefault("employeeId", "employeeId"), why));
                return;
            }
            List<Demand.Item> items = bundles.computeIfAbsent(bundleKey(request), key -> bundleOf(request));
            report.ready(site, request.employee().country(), items);
            checked.accept(new CheckedRow(row.line(), number, site, row.values(), WaveRepository.READY, null));
        }, headers::putAll);
        List<String> missing = new ArrayList<>();
        for (String key : List.of("employeeId", "fullName", "workEmail", "personalEmail", "phone", "street", "postalCode", "city",
                "country", "startDate", "caseType", "profile", "managerId")) {
            if (!layout.columnOfKey().containsKey(key)) {
                missing.add(key);
            }
        }
        report.layout(layout, missing);
        return report;
    }

    /**
     * A row read exactly as the start form would be, its manager looked up as RegisterCaseDelegate does:
     * the problems are on the FormInput.
     */
    static OnboardingRequest asStartForm(FormInput in, java.util.function.Function<String, CaseAdmission.Manager> managers) {
        OnboardingRequest request = OnboardingRequest.read(in);
        String typed = request.employee().managerId();
        if (typed != null && !in.hasError("managerId")) {
            CaseAdmission.Manager manager = managers.apply(typed);
            if (manager.userId() == null) {
                in.reject("managerId", manager.problem());
            }
        }
        return request;
    }

    private static String duplicate(String number, int line, Map<String, Integer> seenOnLine, Set<String> inProgress,
                                    Map<String, String> inOtherWaves, Map<String, WaveRepository.Person> inThisWave) {
        Integer earlier = seenOnLine.putIfAbsent(number, line);
        if (earlier != null) {
            return "Employee " + number + " is also on line " + earlier + " of this file";
        }
        if (inProgress.contains(number)) {
            return "Employee " + number + " already has an onboarding case in progress";
        }
        if (inOtherWaves.containsKey(number)) {
            return "Employee " + number + " is already waiting to start in wave \"" + inOtherWaves.get(number) + "\"";
        }
        WaveRepository.Person earlierRow = inThisWave.get(number);
        if (earlierRow != null && !WaveRepository.REJECTED.equals(earlierRow.status())) {
            return "Employee " + number + " is already in this wave (line " + earlierRow.line() + " of an earlier file)";
        }
        return null;
    }

    private static String bundleKey(OnboardingRequest request) {
        return request.profile() + "|" + request.caseType().code() + "|" + request.employee().country() + "|" + request.hasBroadband();
    }

    /** What the equipment-bundle decision gives this person: the same table the case will use. */
    List<Demand.Item> bundleOf(OnboardingRequest request) {
        var items = asSystem.call(() -> decisions.evaluateDecisionByKey("equipment-bundle")
                .variables(Variables.createVariables()
                        .putValue("profile", request.profile())
                        .putValue("caseType", request.caseType().code())
                        .putValue("country", request.employee().country())
                        .putValue("hasBroadband", request.hasBroadband()))
                .evaluate());
        List<Demand.Item> bundle = new ArrayList<>();
        for (var item : items) {
            bundle.add(new Demand.Item(item.getEntry("itemType"), item.getEntry("model"), Boolean.TRUE.equals(item.getEntry("keepExisting"))));
        }
        return List.copyOf(bundle);
    }

    /** "Laptop: Lenovo ThinkPad E14 Gen 6", as the report lists what the people need. */
    static String label(Demand.Item item) {
        String type = ItemType.valueOf(item.type()).label();
        return Character.toUpperCase(type.charAt(0)) + type.substring(1) + ": " + item.model() + (item.kept() ? " (kept, re-imaged)" : "");
    }
}
