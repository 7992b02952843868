-- Milk Ledger's first schema: households (users), their price periods and their daily deliveries.
-- Money and quantities are NUMERIC, never floating point.

create table users (
    id             bigint generated always as identity primary key,
    email          varchar(254) not null,
    display_name   varchar(100) not null,
    -- null for accounts that only sign in with Google or GitHub
    password_hash  varchar(255),
    enabled        boolean      not null default true,
    email_verified boolean      not null default false,
    currency       varchar(3)   not null default 'INR',
    time_zone      varchar(64)  not null default 'UTC',
    usual_litres   numeric(6, 3) not null default 1.000,
    created_at     timestamptz  not null default now(),
    version        bigint       not null default 0,
    -- emails are stored lower-cased, so the unique index is case-insensitive
    constraint users_email_lower_case check (email = lower(email)),
    constraint users_currency_iso4217 check (currency ~ '^[A-Z]{3}$'),
    constraint users_usual_litres_range check (usual_litres >= 0 and usual_litres <= 100)
);
create unique index users_email_key on users (lower(email));

create table user_roles (
    user_id bigint      not null references users (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);

-- The price on a date is the latest period starting on or before it.
create table price_periods (
    id              bigint generated always as identity primary key,
    owner_id        bigint         not null references users (id) on delete cascade,
    effective_from  date           not null,
    price_per_litre numeric(12, 4) not null,
    currency        varchar(3)     not null,
    created_at      timestamptz    not null default now(),
    constraint price_periods_positive check (price_per_litre > 0),
    constraint price_periods_currency_iso4217 check (currency ~ '^[A-Z]{3}$'),
    constraint price_periods_one_per_day unique (owner_id, effective_from)
);

-- One row per household and day. litres = 0 records "no delivery that day".
-- unit_price, amount and currency are what the day was recorded with; later price changes leave them alone.
create table deliveries (
    id            bigint generated always as identity primary key,
    owner_id      bigint         not null references users (id) on delete cascade,
    delivery_date date           not null,
    litres        numeric(6, 3)  not null,
    unit_price    numeric(12, 4) not null,
    amount        numeric(14, 3) not null,
    currency      varchar(3)     not null,
    note          varchar(500),
    version       bigint         not null default 0,
    created_at    timestamptz    not null default now(),
    updated_at    timestamptz    not null default now(),
    constraint deliveries_litres_range check (litres >= 0 and litres <= 100),
    constraint deliveries_unit_price_not_negative check (unit_price >= 0),
    constraint deliveries_amount_not_negative check (amount >= 0),
    constraint deliveries_currency_iso4217 check (currency ~ '^[A-Z]{3}$'),
    -- its index on (owner_id, delivery_date) also serves every month query
    constraint deliveries_one_per_day unique (owner_id, delivery_date)
);
