package com.homebound.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.homebound.support.TestDatabase;

/**
 * A person's stage is counted in SQL for a wave's page and chart, and worked out in Java for a manager's
 * people: both must say the same of every person, whatever mix of items they wait for.
 */
class CaseStageTest {

    @Test
    void theSqlAndTheJavaRuleGiveEveryMixOfItemsTheSameStage() throws Exception {
        List<String> states = Arrays.stream(BundleItemState.values()).map(Enum::name).toList();
        List<List<String>> mixes = new ArrayList<>();
        mixes.add(List.of());
        for (int a = 0; a < states.size(); a++) {
            mixes.add(List.of(states.get(a)));
            for (int b = a; b < states.size(); b++) {
                mixes.add(List.of(states.get(a), states.get(b)));
                for (int c = b; c < states.size(); c++) {
                    mixes.add(List.of(states.get(a), states.get(b), states.get(c)));
                }
            }
        }
        Map<Long, String> java = new HashMap<>();
        Map<Long, String> sql = new HashMap<>();
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl("casestage"), TestDatabase.user(), TestDatabase.password())) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("create table person_case (id bigint primary key, status varchar(20) not null)");
                ddl.execute("create table item (id bigint primary key, case_id bigint not null, state varchar(30) not null)");
            }
            long caseId = 0;
            long itemId = 0;
            try (PreparedStatement person = db.prepareStatement("insert into person_case (id, status) values (?, ?)");
                 PreparedStatement item = db.prepareStatement("insert into item (id, case_id, state) values (?, ?, ?)")) {
                for (List<String> mix : mixes) {
                    for (boolean ready : List.of(false, true)) {
                        caseId++;
                        person.setLong(1, caseId);
                        person.setString(2, ready ? "READY" : "IN_PROGRESS");
                        person.addBatch();
                        for (String state : mix) {
                            item.setLong(1, ++itemId);
                            item.setLong(2, caseId);
                            item.setString(3, state);
                            item.addBatch();
                        }
                        java.put(caseId, CaseStage.of(ready, mix));
                    }
                }
                person.executeBatch();
                item.executeBatch();
            }
            try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery("select c.id, " + CaseStage.SQL + " as stage "
                    + "from person_case c left join item b on b.case_id = c.id and b.state <> 'CANCELLED' group by c.id, c.status")) {
                while (rows.next()) {
                    sql.put(rows.getLong("id"), rows.getString("stage"));
                }
            }
        }

        assertThat(sql).as("stage of each of %d people", java.size()).isEqualTo(java);
        assertThat(java.values()).as("every stage reached by some mix").containsAll(CaseStage.ALL);
    }
}
