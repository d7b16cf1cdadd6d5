package com.homebound.wave;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.homebound.equipment.CaseStage;
import com.homebound.process.AsSystem;

/**
 * Where a wave's people are: counts per stage from Homebound's tables, and the cases that are stuck
 * (a step overdue) first, with what each waits on and which group holds it.
 */
@Component
class WaveProgress {


    record CaseProgress(long caseId, String employeeNumber, String name, String stage, boolean stuck, String waitingOn,
                        String heldBy, OffsetDateTime dueSince) {
    }

    /** plan: the forecast made when the wave was created; actual: what happened since, per day. */
    record View(Wave wave, Map<String, Integer> rows, Map<String, Integer> stages, int people, int readyPeople,
                List<CaseProgress> stuck, List<CaseProgress> cases, List<WaveReport.Problem> notStarted,
                Forecast plan, List<Forecast.Day> actual) {
    }

    private final JdbcClient jdbc;
    private final WaveRepository waves;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final AsSystem asSystem;

    WaveProgress(JdbcClient jdbc, WaveRepository waves, TaskService taskService, RuntimeService runtimeService, AsSystem asSystem) {
        this.jdbc = jdbc;
        this.waves = waves;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
    }

    View of(Wave wave) {
        List<CaseProgress> cases = jdbc.sql("""
                select c.id, e.employee_number, e.full_name, %s as stage
                from onboarding_case c join employee e on e.id = c.employee_id
                left join bundle_item b on b.case_id = c.id and b.state <> 'CANCELLED'
                where c.wave_id = ?
                group by c.id, c.status, e.employee_number, e.full_name""".formatted(CaseStage.SQL))
                .param(wave.id())
                .query((rs, n) -> new CaseProgress(rs.getLong("id"), rs.getString("employee_number"), rs.getString("full_name"),
                        rs.getString("stage"), false, null, null, null))
                .list();
        cases = withOverdueSteps(cases);
        Map<String, Integer> stages = new LinkedHashMap<>();
        CaseStage.ALL.forEach(stage -> stages.put(stage, 0));
        cases.forEach(c -> stages.merge(c.stage(), 1, Integer::sum));
        stages.put("stuck", (int) cases.stream().filter(CaseProgress::stuck).count());
        List<CaseProgress> stuck = cases.stream().filter(CaseProgress::stuck)
                .sorted(Comparator.comparing(CaseProgress::dueSince)).toList();
        List<WaveReport.Problem> notStarted = new ArrayList<>();
        waves.rejected(wave.id()).forEach(p -> notStarted.add(new WaveReport.Problem(p.line(), "", waves.problemOf(p.id()))));
        return new View(wave, waves.countByStatus(wave.id()), stages, cases.size(), stages.get(CaseStage.READY), stuck,
                cases.size() > 500 ? cases.subList(0, 500) : cases, notStarted, waves.planOf(wave.id()).orElse(null), waves.actual(wave.id()));
    }

    /** A case is stuck when one of its steps is past its due date: the oldest such step says what it waits on. */
    private List<CaseProgress> withOverdueSteps(List<CaseProgress> cases) {
        List<String> open = cases.stream().filter(c -> !CaseStage.READY.equals(c.stage())).map(c -> "case-" + c.caseId()).toList();
        if (open.isEmpty()) {
            return cases;
        }
        Map<String, Task> oldestOverdue = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        asSystem.call(() -> {
            for (int from = 0; from < open.size(); from += 1000) {
                List<String> keys = open.subList(from, Math.min(open.size(), from + 1000));
                for (Task task : taskService.createTaskQuery().processInstanceBusinessKeyIn(keys.toArray(String[]::new))
                        .dueBefore(new Date()).orderByDueDate().asc().list()) {
                    String key = businessKeyOf(task);
                    if (key != null && oldestOverdue.putIfAbsent(key, task) == null) {
                        groups.put(task.getId(), taskService.getIdentityLinksForTask(task.getId()).stream()
                                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                                .map(IdentityLink::getGroupId).findFirst().orElse(task.getAssignee()));
                    }
                }
            }
            return null;
        });
        List<CaseProgress> result = new ArrayList<>();
        for (CaseProgress c : cases) {
            Task overdue = oldestOverdue.get("case-" + c.caseId());
            result.add(overdue == null ? c : new CaseProgress(c.caseId(), c.employeeNumber(), c.name(), c.stage(), true,
                    overdue.getName(), groups.get(overdue.getId()), overdue.getDueDate().toInstant().atOffset(ZoneOffset.UTC)));
        }
        return result;
    }

    private String businessKeyOf(Task task) {
        if (task.getProcessInstanceId() == null) {
            return null;
        }
        var instance = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }
}
