-- Personal access tokens for the REST API (docs/decisions/0023-rest-api.md). Only a SHA-256 hash of each token
-- is kept: whoever reads the database cannot use the tokens. A deleted account takes its tokens with it.
create table api_tokens (
    id           bigint generated always as identity primary key,
    owner_id     bigint       not null references users (id) on delete cascade,
    name         varchar(60)  not null,
    access       varchar(10)  not null,
    -- SHA-256 of the whole token, prefix and checksum included
    token_hash   bytea        not null,
    -- from the app's clock
    created_at   timestamptz  not null,
    -- null: never expires
    expires_at   timestamptz,
    -- updated at most once a minute
    last_used_at timestamptz,
    constraint api_tokens_access check (access in ('READ', 'READ_WRITE')),
    constraint api_tokens_hash_length check (octet_length(token_hash) = 32)
);

create unique index api_tokens_hash on api_tokens (token_hash);
create index api_tokens_owner on api_tokens (owner_id, created_at);
