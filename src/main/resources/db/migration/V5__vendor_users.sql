-- Which vendor a user of the "vendors" group speaks for: they may send notices for its orders only.
create table vendor_user (
    user_id varchar(64) primary key,
    vendor  varchar(80) not null references vendor (name)
);
