-- At most one open case per employee, even when two starts race: holds the employee id while
-- the case is in progress, null once it is ready (a unique column allows many nulls).
alter table onboarding_case add column open_for_employee bigint;
update onboarding_case set open_for_employee = employee_id where status = 'IN_PROGRESS';
alter table onboarding_case add constraint onboarding_case_one_open unique (open_for_employee);
