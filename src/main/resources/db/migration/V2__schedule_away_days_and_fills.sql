-- The usual delivery schedule, days away, and "fill month" batches that can be undone.

-- Which ISO weekdays the milk usually comes: bit 0 is Monday ... bit 6 is Sunday; 127 is every day.
alter table users
    add column usual_weekdays smallint not null default 127,
    add constraint users_usual_weekdays_range check (usual_weekdays between 0 and 127);

-- A stretch of days the household is away: fills skip them and the calendar shows them as without milk.
create table away_periods (
    id         bigint generated always as identity primary key,
    owner_id   bigint      not null references users (id) on delete cascade,
    first_day  date        not null,
    last_day   date        not null,
    note       varchar(200),
    created_at timestamptz not null default now(),
    constraint away_periods_order check (last_day >= first_day)
);
create index away_periods_owner_days on away_periods (owner_id, first_day, last_day);

-- One press of "Fill month": the entries it created carry its id, so it can be undone as a whole.
create table fills (
    id         bigint generated always as identity primary key,
    owner_id   bigint      not null references users (id) on delete cascade,
    month      date        not null,
    created_at timestamptz not null default now()
);

alter table deliveries
    add column fill_id bigint references fills (id) on delete set null;
create index deliveries_fill on deliveries (fill_id) where fill_id is not null;
