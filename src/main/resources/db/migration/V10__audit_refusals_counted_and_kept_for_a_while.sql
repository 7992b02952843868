-- Refused sign-ins (too many failures, too many wrong codes) are counted, not written one row each
-- (docs/decisions/0015-admin.md): anonymous traffic hammering a throttled email or address adds one row per key
-- and hour, whose count grows.

-- how many events this row stands for; 1 for every other row
alter table audit_events add column repeated integer not null default 1;
-- the latest of them, when there were several
alter table audit_events add column last_occurred_at timestamptz;
-- what the refusals are counted under (SHA-256, hex, of the action, the email typed and the address) and the hour
alter table audit_events add column refusal_key varchar(64);
alter table audit_events add column refusal_window timestamptz;

create unique index audit_events_refusal_window on audit_events (refusal_key, refusal_window)
    where refusal_key is not null;

-- The retention clean-up deletes by time.
create index audit_events_occurred_at on audit_events using brin (occurred_at);
