-- An enrolment that a link by email must confirm before two-factor sign-in is on: an admin's, and that of an
-- account without a password (docs/decisions/0011-two-factor.md). The app's code was right; enabled_at stays null
-- until the link is opened.
alter table two_factor
    -- SHA-256 (hex) of the link's token; null when no link is waiting
    add column confirmation_token_hash varchar(64),
    add column confirmation_expires_at timestamptz,
    add constraint two_factor_confirmation_whole
        check ((confirmation_token_hash is null) = (confirmation_expires_at is null));
create unique index two_factor_confirmation_token on two_factor (confirmation_token_hash)
    where confirmation_token_hash is not null;
