-- When a person's home address, phone and personal email were erased (personal-data-retention.bpmn).
alter table employee add column personal_data_erased_at timestamp with time zone;
