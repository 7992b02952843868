-- Sign-in with Google or GitHub: which provider account belongs to which household. A sign-in is matched by
-- (provider, subject), the provider's own id for the person, which stays when they change their email there.
create table oauth_identities (
    id         bigint generated always as identity primary key,
    -- the sign-in provider: 'google' or 'github'
    provider   varchar(20)  not null,
    subject    varchar(255) not null,
    user_id    bigint       not null references users (id) on delete cascade,
    -- the email the provider gave when the identity was linked, lower-cased; the account's own email may change
    email      varchar(254) not null,
    created_at timestamptz  not null default now(),
    constraint oauth_identities_provider_subject unique (provider, subject)
);
create index oauth_identities_user_id on oauth_identities (user_id);
