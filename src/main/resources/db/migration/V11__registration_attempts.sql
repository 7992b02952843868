-- Sign-ups per email address (docs/decisions/0012-email-links.md): registration answers the same whether or not the
-- address has an account, and mails the address either way, so every attempt is counted against the address,
-- at most one a minute and ten a day. Rows older than a day are deleted.
create table registration_attempts (
    id           bigint generated always as identity primary key,
    -- lower-cased, as users.email
    email        varchar(254) not null,
    -- from the app's clock
    attempted_at timestamptz  not null
);

create index registration_attempts_email on registration_attempts (email, attempted_at);
