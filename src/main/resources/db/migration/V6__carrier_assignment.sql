-- The carrier a parcel is given to (carrier-choice.dmn) before any carrier user sees its task;
-- the carrier's users see, ship and report only the parcels assigned to it.
alter table bundle_item add column carrier varchar(40);
alter table equipment_return add column carrier varchar(40);
