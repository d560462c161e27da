-- Each energy counter's flow and its place in the meter tree, so a site's or a space's consumption counts each flow once.
-- flow null: consumption (the default for a counter with a carrier). parent_meter: the code of the site's consumption
-- meter whose energy includes this one's (a sub-meter), checked by the service on every write (exists, same carrier, no
-- cycle); a code, not an id, so a definition can name a parent that the same import creates.
alter table point add column flow text
    check (flow in ('CONSUMPTION', 'GENERATION', 'EXPORT', 'STORAGE_CHARGE', 'STORAGE_DISCHARGE', 'DUPLICATE'));
alter table point add column parent_meter text;
alter table point add constraint point_flow_is_of_energy check (flow is null or (kind = 'COUNTER' and carrier is not null));
alter table point add constraint point_parent_is_not_itself check (parent_meter is null or parent_meter <> code);
create index point_parent_meter_idx on point (site_id, parent_meter) where parent_meter is not null;
