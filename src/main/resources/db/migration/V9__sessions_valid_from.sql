-- "Sign out everywhere" (docs/decisions/0018-session-lifetime.md): a session of the account that signed in before
-- this time is over, on every instance of the app. Null: the account never signed out everywhere.
alter table users add column sessions_valid_from timestamptz;
