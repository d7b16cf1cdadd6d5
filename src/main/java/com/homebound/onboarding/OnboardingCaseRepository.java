package com.homebound.onboarding;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class OnboardingCaseRepository {

    private static final String SELECT = """
            select id, employee_id, case_type, profile, has_broadband, start_date, status, process_instance_id,
                   created_at, ready_at, account_login from onboarding_case""";

    private final JdbcClient jdbc;

    public OnboardingCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public OnboardingCase get(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(OnboardingCaseRepository::map).single();
    }

    /**
     * The case, locked until the transaction ends: work on one case that must not interleave takes it first. HR's
     * batch actions, so the same action sent twice at once waits, then finds the task done; packing and sealing a
     * person's kit, so two items ready at the same moment join one kit.
     */
    public OnboardingCase lock(long id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(OnboardingCaseRepository::map).single();
    }

    public Optional<OnboardingCase> findOpenCaseOf(long employeeId) {
        return jdbc.sql(SELECT + " where employee_id = ? and status = ?").params(employeeId, CaseStatus.IN_PROGRESS.name())
                .query(OnboardingCaseRepository::map).optional();
    }

    /** A new case in progress; {@code waveId} is the wave that started it, or null. */
    public long open(long employeeId, OnboardingRequest request, String processInstanceId, Long waveId) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into onboarding_case (employee_id, case_type, profile, has_broadband, start_date, status,
                                             process_instance_id, created_at, open_for_employee, wave_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(employeeId, request.caseType().code(), request.profile(), request.hasBroadband(),
                        request.startDate(), CaseStatus.IN_PROGRESS.name(), processInstanceId, now(), employeeId, waveId)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void recordAccounts(long caseId, AccountsSetUp accounts) {
        jdbc.sql("update onboarding_case set account_login = ?, vpn_profile = ?, accounts_ready_at = ? where id = ?")
                .params(accounts.accountLogin(), accounts.vpnProfile(), now(), caseId).update();
    }

    /** The person an accounts list names: their latest case, its process, the work email HR recorded, and the accounts if set up. */
    public record AccountsTarget(String employeeNumber, long caseId, String processInstanceId, String workEmail, String accountLogin,
                                 OffsetDateTime accountsReadyAt) {
    }

    /** Each employee's latest case, by employee number; an employee without a case is left out. */
    public java.util.Map<String, AccountsTarget> latestCasesOf(java.util.Collection<String> employeeNumbers) {
        java.util.Map<String, AccountsTarget> found = new java.util.HashMap<>();
        if (employeeNumbers.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select e.employee_number, c.id, c.process_instance_id, e.work_email, c.account_login, c.accounts_ready_at
                from employee e join onboarding_case c on c.employee_id = e.id
                where e.employee_number in (:numbers) order by c.id""")
                .param("numbers", employeeNumbers)
                .query((rs, n) -> new AccountsTarget(rs.getString("employee_number"), rs.getLong("id"), rs.getString("process_instance_id"),
                        rs.getString("work_email"), rs.getString("account_login"), rs.getObject("accounts_ready_at", OffsetDateTime.class)))
                .list().forEach(target -> found.put(target.employeeNumber(), target));
        return found;
    }

    public void markReady(long caseId) {
        jdbc.sql("update onboarding_case set status = ?, ready_at = ?, open_for_employee = null where id = ?")
                .params(CaseStatus.READY.name(), now(), caseId).update();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static OnboardingCase map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new OnboardingCase(rs.getLong("id"), rs.getLong("employee_id"), CaseType.fromCode(rs.getString("case_type")),
                rs.getString("profile"), rs.getBoolean("has_broadband"), rs.getObject("start_date", java.time.LocalDate.class),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("ready_at", OffsetDateTime.class),
                rs.getString("account_login"));
    }
}
