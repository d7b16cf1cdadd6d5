package com.homebound.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ContractRepository {

    private final JdbcClient jdbc;

    public ContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Contract> findByCase(long caseId) {
        return jdbc.sql("select * from contract where case_id = ?").param(caseId).query(Contract.class).optional();
    }

    public void recordSent(long caseId, String kind, String reference) {
        int updated = jdbc.sql("update contract set kind = ?, reference = ?, sent_at = ? where case_id = ?")
                .params(kind, reference, now(), caseId).update();
        if (updated == 0) {
            jdbc.sql("insert into contract (case_id, kind, reference, sent_at) values (?, ?, ?, ?)")
                    .params(caseId, kind, reference, now()).update();
        }
    }

    public void recordSigned(long caseId, LocalDate signedOn, String signedCopyReference) {
        jdbc.sql("update contract set signed_on = ?, signed_copy_reference = ? where case_id = ?")
                .params(signedOn, signedCopyReference, caseId).update();
    }

    public void countReminder(long caseId) {
        jdbc.sql("update contract set reminders_sent = reminders_sent + 1 where case_id = ?").param(caseId).update();
    }

    public void recordChase(long caseId, String note) {
        jdbc.sql("update contract set chase_note = ? where case_id = ?").params(note, caseId).update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
