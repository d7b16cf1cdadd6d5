package com.homebound.wave;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

@Repository
class WaveRepository {

    static final String READY = "READY";
    static final String REJECTED = "REJECTED";
    static final String STARTED = "STARTED";
    static final String DUPLICATE = "DUPLICATE";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PLAN_JSON = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A stored row of a wave's file. */
    record Person(long id, int line, String employeeNumber, String site, Map<String, String> fields, String status) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    WaveRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long create(WaveRequest request, String createdBy) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into wave (name, plan_level, site, target_date, status, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(request.name(), request.planLevel(), request.site(), request.targetDate(), Wave.CHECKED, createdBy, now())
                .update(key, "id");
        return key.getKey().longValue();
    }

    java.util.Optional<Wave> find(long id) {
        return jdbc.sql("select * from wave where id = ?").param(id).query(WaveRepository::wave).optional();
    }

    /** The wave, locked until the transaction ends: a second click on the same wave waits, then sees what the first did. */
    java.util.Optional<Wave> lock(long id) {
        return jdbc.sql("select * from wave where id = ? for update").param(id).query(WaveRepository::wave).optional();
    }

    List<Wave> all() {
        return jdbc.sql("select * from wave order by created_at desc").query(WaveRepository::wave).list();
    }

    void plan(long waveId, Forecast plan) {
        try {
            jdbc.sql("update wave set plan = ? where id = ?").params(PLAN_JSON.writeValueAsString(plan), waveId).update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    java.util.Optional<Forecast> planOf(long waveId) {
        String plan = jdbc.sql("select plan from wave where id = ?").param(waveId).query(String.class).optional().orElse(null);
        try {
            return plan == null ? java.util.Optional.empty() : java.util.Optional.of(PLAN_JSON.readValue(plan, Forecast.class));
        } catch (JsonProcessingException e) {
            return java.util.Optional.empty();
        }
    }

    /** Per day, how many of the wave's people had all their equipment, and how many were ready, by its end. */
    List<Forecast.Day> actual(long waveId) {
        Map<java.time.LocalDate, int[]> perDay = new java.util.TreeMap<>();
        jdbc.sql("""
                select max(b.updated_at) as equipped_at,
                       sum(case when b.state <> 'DELIVERED' and coalesce(b.source, '') <> 'KEPT' then 1 else 0 end) as missing
                from onboarding_case c join bundle_item b on b.case_id = c.id and b.state <> 'CANCELLED'
                where c.wave_id = ? group by c.id""").param(waveId)
                .query((rs, n) -> rs.getInt("missing") == 0 ? rs.getObject("equipped_at", OffsetDateTime.class) : null).list()
                .stream().filter(java.util.Objects::nonNull)
                .forEach(at -> perDay.computeIfAbsent(at.toLocalDate(), d -> new int[2])[0]++);
        jdbc.sql("select ready_at from onboarding_case where wave_id = ? and ready_at is not null").param(waveId)
                .query(OffsetDateTime.class).list()
                .forEach(at -> perDay.computeIfAbsent(at.toLocalDate(), d -> new int[2])[1]++);
        List<Forecast.Day> days = new java.util.ArrayList<>();
        int equipped = 0;
        int ready = 0;
        for (var day : perDay.entrySet()) {
            equipped += day.getValue()[0];
            ready += day.getValue()[1];
            days.add(new Forecast.Day(day.getKey(), equipped, ready));
        }
        return days;
    }

    void started(long waveId, String processInstanceId) {
        jdbc.sql("update wave set process_instance_id = ? where id = ?").params(processInstanceId, waveId).update();
    }

    void status(long waveId, String status) {
        jdbc.sql("update wave set status = ?, closed_at = case when ? in ('CLOSED', 'CANCELLED') then ? else closed_at end where id = ?")
                .params(status, status, now(), waveId).update();
    }

    /** Serializes wave uploads (see wave_upload_lock); held until the transaction ends. */
    void lockUploads() {
        jdbc.sql("select id from wave_upload_lock where id = 1 for update").query(Integer.class).single();
    }

    /** Rows already stored for the wave, by employee number: status and line. */
    Map<String, Person> peopleOf(long waveId) {
        Map<String, Person> people = new HashMap<>();
        jdbc.sql("select id, line, employee_number, site, status from wave_person where wave_id = ? and employee_number is not null")
                .param(waveId).query((rs, n) -> new Person(rs.getLong("id"), rs.getInt("line"), rs.getString("employee_number"),
                        rs.getString("site"), Map.of(), rs.getString("status")))
                .list().forEach(p -> people.put(p.employeeNumber(), p));
        return people;
    }

    /** People waiting to start in another open wave, by employee number: the wave's name. */
    Map<String, String> waitingInOtherWaves(long waveId) {
        Map<String, String> waiting = new HashMap<>();
        jdbc.sql("""
                select p.employee_number, w.name from wave_person p join wave w on w.id = p.wave_id
                where p.status = ? and w.status in (?, ?) and w.id <> ? and p.employee_number is not null""")
                .params(READY, Wave.CHECKED, Wave.STARTING, waveId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> waiting.putIfAbsent(e.getKey(), e.getValue()));
        return waiting;
    }

    /** Stores checked rows; a row that fixes an earlier rejected row of the same person replaces it. */
    void store(long waveId, List<WaveCheck.CheckedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        batch.batchUpdate("delete from wave_person where wave_id = ? and employee_number = ? and status = 'REJECTED'",
                rows.stream().filter(r -> r.employeeNumber() != null).map(r -> new Object[] {waveId, r.employeeNumber()}).toList());
        batch.batchUpdate("""
                insert into wave_person (wave_id, line, employee_number, site, fields, status, problem, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                rows.stream().map(r -> new Object[] {waveId, r.line(), r.employeeNumber(), r.site(), json(r.values()), r.status(),
                        r.problem() == null ? null : r.problem().length() > 2000 ? r.problem().substring(0, 2000) : r.problem(), now}).toList());
    }

    /**
     * Numbers the ready rows no batch holds yet into new batches, in file order, after the wave's
     * earlier batches; answers the new batches' numbers.
     */
    List<Integer> assignBatches(long waveId, int batchSize) {
        List<Long> ids = jdbc.sql("select id from wave_person where wave_id = ? and status = ? and batch_no is null order by line")
                .params(waveId, READY).query(Long.class).list();
        int first = jdbc.sql("select coalesce(max(batch_no), -1) + 1 from wave_person where wave_id = ?").param(waveId)
                .query(Integer.class).single();
        List<Object[]> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            numbers.add(new Object[] {first + i / batchSize, ids.get(i)});
        }
        batch.batchUpdate("update wave_person set batch_no = ? where id = ?", numbers);
        List<Integer> batches = new java.util.ArrayList<>();
        for (int n = 0; n * batchSize < ids.size(); n++) {
            batches.add(first + n);
        }
        return batches;
    }

    List<Person> readyInBatch(long waveId, int batchNo) {
        return jdbc.sql("select * from wave_person where wave_id = ? and batch_no = ? and status = ? order by line")
                .params(waveId, batchNo, READY).query(WaveRepository::person).list();
    }

    List<Person> ready(long waveId) {
        return jdbc.sql("select * from wave_person where wave_id = ? and status = ? order by line")
                .params(waveId, READY).query(WaveRepository::person).list();
    }

    List<Person> rejected(long waveId) {
        return jdbc.sql("select * from wave_person where wave_id = ? and status = ? order by line")
                .params(waveId, REJECTED).query(WaveRepository::person).list();
    }

    String problemOf(long personId) {
        return jdbc.sql("select problem from wave_person where id = ?").param(personId).query(String.class).single();
    }

    /** The case was registered with its wave (onboarding_case.wave_id) by its first step. */
    void markStarted(long personId, long caseId) {
        // The personal data has moved into the case's employee record: the row keeps no copy of it.
        jdbc.sql("update wave_person set status = ?, case_id = ?, fields = '{}', updated_at = ? where id = ?")
                .params(STARTED, caseId, now(), personId).update();
    }

    void markRejected(long personId, String why) {
        jdbc.sql("update wave_person set status = ?, problem = ?, updated_at = ? where id = ?")
                .params(REJECTED, why, now(), personId).update();
    }

    /** Rows still to start, and started cases still in progress: the wave is settled when both are none. */
    int unsettled(long waveId) {
        return jdbc.sql("""
                select count(*) from wave_person p left join onboarding_case c on c.id = p.case_id
                where p.wave_id = ? and (p.status = ? or (p.status = ? and c.status = ?))""")
                .params(waveId, READY, STARTED, com.homebound.onboarding.CaseStatus.IN_PROGRESS.name()).query(Integer.class).single();
    }

    void markDuplicate(long personId, String why) {
        jdbc.sql("update wave_person set status = ?, problem = ?, updated_at = ? where id = ?")
                .params(DUPLICATE, why, now(), personId).update();
    }

    Map<String, Integer> countByStatus(long waveId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String status : List.of(READY, STARTED, REJECTED, DUPLICATE)) {
            counts.put(status, 0);
        }
        jdbc.sql("select status, count(*) from wave_person where wave_id = ? group by status").param(waveId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Person person(ResultSet rs, int n) throws SQLException {
        try {
            Map<String, String> fields = JSON.readValue(rs.getString("fields"), new TypeReference<Map<String, String>>() { });
            return new Person(rs.getLong("id"), rs.getInt("line"), rs.getString("employee_number"), rs.getString("site"),
                    fields, rs.getString("status"));
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable fields of wave row " + rs.getLong("id"), e);
        }
    }

    private static Wave wave(ResultSet rs, int n) throws SQLException {
        return new Wave(rs.getLong("id"), rs.getString("name"), rs.getInt("plan_level"), rs.getString("site"),
                rs.getObject("target_date", java.time.LocalDate.class), rs.getString("status"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("process_instance_id"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
