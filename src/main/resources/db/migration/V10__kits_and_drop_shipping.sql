-- One parcel per person: a shipment is a kit, the items of one person that were ready together.
-- A kit is packed before the carrier takes it, so it has no tracking number or shipping time yet.
alter table shipment alter column tracking_number drop not null;
alter table shipment alter column shipped_at drop not null;
-- The carrier is chosen (carrier-choice.dmn) as the kit process starts, a moment after the kit opens.
alter table shipment alter column carrier drop not null;
alter table shipment add column case_id bigint references onboarding_case (id);
alter table shipment add column packing_since timestamp with time zone;
alter table shipment add column sealed_at timestamp with time zone;
-- A parcel the vendor sends straight to the employee's home (drop-shipping): no carrier task, tracked like any other.
alter table shipment add column from_vendor boolean not null default false;
create index shipment_case on shipment (case_id, state);

-- The items in a kit; shipment.bundle_item_id keeps the kit's first item, for reports written per item.
create table kit_item (
    shipment_id    bigint not null references shipment (id),
    bundle_item_id bigint not null references bundle_item (id),
    primary key (shipment_id, bundle_item_id)
);
create index kit_item_bundle_item on kit_item (bundle_item_id);
insert into kit_item (shipment_id, bundle_item_id) select id, bundle_item_id from shipment where bundle_item_id is not null;
update shipment set case_id = (select b.case_id from bundle_item b where b.id = shipment.bundle_item_id) where bundle_item_id is not null;

-- Drop-shipping: models that need no imaging and that the vendor delivers to the employee's home when bought.
alter table catalog_item add column drop_ship boolean not null default false;
update catalog_item set drop_ship = true where model in ('Orange Airbox 4G', 'Maroc Telecom Box 4G');
-- A bought item the vendor ships to the employee's home; it never passes through IT nor a kit.
alter table bundle_item add column drop_shipped boolean not null default false;
-- The order line's delivery address, mailed to the vendor; it stays in our tables, never in the process.
alter table purchase_order_line add column ship_to_home boolean not null default false;
