-- Tracking: who follows whom, what each case waits on, and a wave's stages day by day, all read from
-- Homebound's tables (never the engine's history row by row).

-- A manager's page and digest find their people by manager.
create index employee_manager on employee (manager_id);
-- HR's list filters by status; the site of a person in a wave is on their wave row.
create index onboarding_case_status on onboarding_case (status, id);
create index wave_person_case on wave_person (case_id);
-- A parcel's "out for delivery" date is the first such carrier report.
create index tracking_event_shipment_status on tracking_event (shipment_id, status, occurred_at);
-- The digest's "what moved": items whose state changed since yesterday.
create index bundle_item_updated on bundle_item (updated_at);

-- The open user tasks of each case, kept by task events (TaskWaits): what a case waits on now,
-- which group holds it, and since when it is late. One row per open task.
create table case_waiting_task (
    task_id        varchar(64)  primary key,
    case_id        bigint       not null,
    -- The item a task of an item's own process is about (none for the case's tasks).
    bundle_item_id bigint,
    task_key       varchar(100) not null,
    name           varchar(200) not null,
    held_by        varchar(64),
    due_at         timestamp with time zone,
    created_at     timestamp with time zone not null
);
create index case_waiting_task_case on case_waiting_task (case_id, due_at);
create index case_waiting_task_due on case_waiting_task (due_at);

-- How many of a wave's cases were at each stage, once per day (the latest count of the day wins):
-- the chart of stages over time reads these rows, never the engine's history.
create table wave_stage_count (
    wave_id  bigint      not null references wave (id),
    taken_on date        not null,
    stage    varchar(40) not null,
    cases    int         not null,
    primary key (wave_id, taken_on, stage)
);

-- The managers' digest runs once per day on one node: the node that inserts the day's row sends it.
create table manager_digest_run (
    run_on     date        primary key,
    claimed_by varchar(100) not null,
    claimed_at timestamp with time zone not null
);

-- Managers who turned their daily digest off.
create table manager_digest_opt_out (
    manager_id    varchar(64) primary key,
    opted_out_at  timestamp with time zone not null
);
