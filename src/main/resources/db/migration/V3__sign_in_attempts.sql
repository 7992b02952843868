-- Sign-ins with a password, counted to slow down guessing (docs/decisions/0009-sign-in-throttling.md).
-- The app writes every failure (once for the email, once for the client address) and every success (for the
-- email only, as it ends a run of failures), and deletes rows older than a day.
create table sign_in_attempts (
    id           bigint generated always as identity primary key,
    key_type     varchar(7)  not null,
    -- 'email': SHA-256 (hex) of the email typed, lower-cased, whether or not an account has it; hashed because
    --          people sometimes type their password into the email field.
    -- 'address': the client address; IPv6 by its /64, which one host usually has to itself.
    key          varchar(64) not null,
    attempted_at timestamptz not null,
    succeeded    boolean     not null default false,
    constraint sign_in_attempts_key_type check (key_type in ('email', 'address')),
    constraint sign_in_attempts_success_per_email check (not succeeded or key_type = 'email')
);

-- Every check reads one email's last day and one address's last hour.
create index sign_in_attempts_key_time on sign_in_attempts (key_type, key, attempted_at);

-- The cleanup deletes by time alone. Rows arrive in time order, so a BRIN index (a few pages, cheap to keep up
-- to date) finds the old ones without a second B-tree on every insert.
create index sign_in_attempts_time on sign_in_attempts using brin (attempted_at);
