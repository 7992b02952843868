-- Links sent by email (docs/decisions/0012-email-links.md): confirming an address ('VERIFY', 24 hours) and choosing
-- a new password ('RESET', 1 hour). Each works once. The link carries a random token of 32 bytes; only its
-- SHA-256 is kept, so a copy of this table opens no account.
create table email_tokens (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references users (id) on delete cascade,
    purpose    varchar(6)  not null,
    -- hex SHA-256 of the token in the link
    token_hash varchar(64) not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    -- from the app's clock, like expires_at; limits how often a household can be sent a link
    created_at timestamptz not null default now(),
    constraint email_tokens_purpose check (purpose in ('VERIFY', 'RESET')),
    constraint email_tokens_token_hash_key unique (token_hash),
    constraint email_tokens_expiry check (expires_at > created_at)
);

-- "How many links did this household get lately" for the resend limits, and retiring a household's open links.
create index email_tokens_user_purpose on email_tokens (user_id, purpose, created_at);

-- Accounts made before email verification existed had no way to verify; they keep signing in as before.
update users set email_verified = true where not email_verified;
