-- Two-factor sign-in with an authenticator app (docs/decisions/0011-two-factor.md).

-- One row per account that has set it up or is setting it up.
create table two_factor (
    user_id        bigint      primary key references users (id) on delete cascade,
    -- 'aes-gcm:' + base64(nonce, ciphertext) when MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY is set,
    -- otherwise 'plain:' + base32
    secret         varchar(200) not null,
    -- null while the household has not yet typed a first code: sign-in does not ask for one then
    enabled_at     timestamptz,
    -- the 30-second step (seconds since the epoch / 30) of the last code accepted; it and earlier ones are refused
    last_used_step bigint,
    created_at     timestamptz  not null default now(),
    constraint two_factor_secret_form check (secret like 'aes-gcm:%' or secret like 'plain:%')
);

-- Single-use codes for a lost phone, stored as SHA-256 (hex) of the code; they go when two-factor is turned off.
create table two_factor_recovery_codes (
    id        bigint      generated always as identity primary key,
    user_id   bigint      not null references two_factor (user_id) on delete cascade,
    code_hash varchar(64) not null,
    used_at   timestamptz,
    constraint two_factor_recovery_codes_once unique (user_id, code_hash)
);

-- Wrong codes, counted to slow down guessing: a few per account in a rolling window, older rows are deleted.
create table two_factor_wrong_codes (
    id       bigint      generated always as identity primary key,
    user_id  bigint      not null references users (id) on delete cascade,
    typed_at timestamptz not null
);
create index two_factor_wrong_codes_user_time on two_factor_wrong_codes (user_id, typed_at);
