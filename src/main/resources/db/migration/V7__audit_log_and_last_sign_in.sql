-- Looking after accounts (docs/decisions/0015-admin.md): when each account last signed in, and the audit log of
-- every sign-in and every admin action.

alter table users add column last_signed_in_at timestamptz;

-- One row per event, never updated. Actor and target are kept by id and by email: the log outlives the accounts
-- it speaks of (a deleted account's rows stay, so there are no foreign keys).
create table audit_events (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null default now(),
    -- such as SIGN_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, ACCOUNT_DISABLED, ADMIN_GRANTED
    action         varchar(40)  not null,
    -- who did it: the admin, or the person signing in; a failed sign-in keeps the email that was typed
    actor_id       bigint,
    actor_email    varchar(254),
    target_id      bigint,
    target_email   varchar(254),
    client_address varchar(64),
    detail         varchar(500)
);

-- The log is read newest first, a page at a time.
create index audit_events_newest on audit_events (occurred_at desc, id desc);

-- The users view sorts by these.
create index users_created_at on users (created_at);
create index users_last_signed_in_at on users (last_signed_in_at);
