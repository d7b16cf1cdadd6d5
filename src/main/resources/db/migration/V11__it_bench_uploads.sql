-- IT's bench reports and accounts lists complete many tasks at once.

-- A bench report finds each laptop by its serial number: asset (unique index), then its bundle item.
create index bundle_item_asset on bundle_item (asset_id);

-- The VPN profile IT assigned (from an accounts list, or typed on the form); null when not said.
alter table onboarding_case add column vpn_profile varchar(60);
