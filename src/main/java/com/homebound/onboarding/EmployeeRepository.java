package com.homebound.onboarding;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class EmployeeRepository {

    private final JdbcClient jdbc;

    public EmployeeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Employee get(long id) {
        return jdbc.sql("select * from employee where id = ?").param(id).query(Employee.class).single();
    }

    /** The person a bundle item is for. */
    public Employee ofBundleItem(long bundleItemId) {
        return jdbc.sql("""
                select e.* from employee e join onboarding_case c on c.employee_id = e.id
                join bundle_item b on b.case_id = c.id where b.id = ?""").param(bundleItemId).query(Employee.class).single();
    }

    public Optional<Employee> findByNumber(String employeeNumber) {
        return jdbc.sql("select * from employee where employee_number = ?").param(employeeNumber)
                .query(Employee.class).optional();
    }

    /** Inserts a new employee, or refreshes the details of one HR already knows. */
    public long save(Employee e) {
        Optional<Employee> existing = findByNumber(e.employeeNumber());
        if (existing.isPresent()) {
            jdbc.sql("""
                    update employee set full_name = ?, work_email = ?, personal_email = ?, phone = ?, street = ?,
                           postal_code = ?, city = ?, country = ?, manager_id = ? where id = ?""")
                    .params(e.fullName(), e.workEmail(), e.personalEmail(), e.phone(), e.street(),
                            e.postalCode(), e.city(), e.country(), e.managerId(), existing.get().id())
                    .update();
            return existing.get().id();
        }
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into employee (employee_number, full_name, work_email, personal_email, phone, street,
                                      postal_code, city, country, manager_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.employeeNumber(), e.fullName(), e.workEmail(), e.personalEmail(), e.phone(), e.street(),
                        e.postalCode(), e.city(), e.country(), e.managerId())
                .update(key, "id");
        return key.getKey().longValue();
    }
}
