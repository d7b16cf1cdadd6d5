package com.homebound.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.homebound.equipment.CaseStage;
import com.homebound.process.Deadlines;

/**
 * A wave seen from the tracking page: how many people are at each stage now and on each day so far
 * (wave_stage_count, counted by {@link #countStages()}), and the stuck cases first.
 */
@Component
class WaveTracking {

    record WaveSummary(long id, String name, String site, LocalDate targetDate, String status) {
    }

    record Day(LocalDate date, Map<String, Integer> stages) {
    }

    record View(WaveSummary wave, int people, Map<String, Integer> stages, List<PeopleTracking.Person> stuck,
                List<Day> overTime) {
    }

    private final JdbcClient jdbc;
    private final PeopleTracking people;

    WaveTracking(JdbcClient jdbc, PeopleTracking people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    List<WaveSummary> waves() {
        return jdbc.sql("select id, name, site, target_date, status from wave order by id desc")
                .query((rs, n) -> new WaveSummary(rs.getLong("id"), rs.getString("name"), rs.getString("site"),
                        rs.getObject("target_date", LocalDate.class), rs.getString("status"))).list();
    }

    Optional<View> of(PeopleTracking.Scope scope, long waveId) {
        Optional<WaveSummary> wave = jdbc.sql("select id, name, site, target_date, status from wave where id = ?").param(waveId)
                .query((rs, n) -> new WaveSummary(rs.getLong("id"), rs.getString("name"), rs.getString("site"),
                        rs.getObject("target_date", LocalDate.class), rs.getString("status"))).optional();
        return wave.map(w -> {
            Map<String, Integer> stages = stagesNow(waveId);
            int total = stages.values().stream().mapToInt(Integer::intValue).sum();
            // The oldest late step first: those are the cases to act on.
            LinkedHashSet<Long> stuck = new LinkedHashSet<>(jdbc.sql("""
                    select t.case_id from case_waiting_task t join onboarding_case c on c.id = t.case_id
                    where c.wave_id = ? and t.due_at < ? order by t.due_at, t.case_id""")
                    .params(waveId, PeopleTracking.now()).query(Long.class).list());
            List<Long> first = stuck.stream().limit(200).toList();
            // Today's point is the count of this moment, not the last hourly one, so the chart agrees with the bar.
            LocalDate today = Deadlines.today();
            List<Day> days = new ArrayList<>(overTime(waveId).stream().filter(d -> !d.date().equals(today)).toList());
            days.add(new Day(today, stages));
            Map<String, Integer> withStuck = new LinkedHashMap<>(stages);
            withStuck.put("stuck", stuck.size());
            return new View(w, total, withStuck, people.cases(scope, first), days);
        });
    }

    /** Each case's stage by the rule of {@link CaseStage}, counted in the database. */
    Map<String, Integer> stagesNow(long waveId) {
        Map<String, Integer> stages = new LinkedHashMap<>();
        CaseStage.ALL.forEach(s -> stages.put(s, 0));
        jdbc.sql("""
                select stage, count(*) as cases from (
                  select %s as stage
                  from onboarding_case c left join bundle_item b on b.case_id = c.id and b.state <> 'CANCELLED'
                  where c.wave_id = ? group by c.id, c.status) per_case
                group by stage""".formatted(CaseStage.SQL))
                .param(waveId).query((rs, n) -> stages.put(rs.getString("stage"), rs.getInt("cases"))).list();
        return stages;
    }

    private List<Day> overTime(long waveId) {
        Map<LocalDate, Map<String, Integer>> days = new TreeMap<>();
        jdbc.sql("select taken_on, stage, cases from wave_stage_count where wave_id = ? order by taken_on").param(waveId)
                .query((rs, n) -> days.computeIfAbsent(rs.getObject("taken_on", LocalDate.class), d -> {
                    Map<String, Integer> empty = new LinkedHashMap<>();
                    CaseStage.ALL.forEach(s -> empty.put(s, 0));
                    return empty;
                }).put(rs.getString("stage"), rs.getInt("cases"))).list();
        return days.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();
    }

    /**
     * Today's count per stage of every open wave, kept for the chart. Run every hour; the day's last
     * count stays. Two nodes counting at once write the same numbers, so either may win.
     */
    @Scheduled(fixedDelayString = "${homebound.tracking.stage-count-interval:PT1H}", initialDelayString = "${homebound.tracking.stage-count-delay:PT1M}")
    void countStages() {
        for (long waveId : jdbc.sql("select id from wave where closed_at is null").query(Long.class).list()) {
            count(waveId);
        }
    }

    void count(long waveId) {
        LocalDate today = Deadlines.today();
        Map<String, Integer> stages = stagesNow(waveId);
        // Each row on its own (no surrounding transaction), so a key another node inserted first spoils nothing.
        stages.forEach((stage, cases) -> {
            int updated = jdbc.sql("update wave_stage_count set cases = ? where wave_id = ? and taken_on = ? and stage = ?")
                    .params(cases, waveId, today, stage).update();
            if (updated == 0) {
                try {
                    jdbc.sql("insert into wave_stage_count (wave_id, taken_on, stage, cases) values (?, ?, ?, ?)")
                            .params(waveId, today, stage, cases).update();
                } catch (DuplicateKeyException otherNode) {
                    // The other node counted the same moment: its numbers are as good as ours.
                }
            }
        });
    }
}
