-- "The email is proven to be theirs" apart from "may sign in as far as the email is concerned" (email_verified):
-- see docs/decisions/0012-email-links.md. Only a link that reached the address, a completed password reset or a
-- sign-in provider that verified the address proves it. email_verified also became true with
-- EMAIL_VERIFICATION=off, by an admin's "Confirm email", for the accounts from before verification existed (V4) and
-- for the old app's imported accounts; none of those proves anything, and nothing stored tells them apart from a
-- proven one, so only what the tables still show counts:
alter table users add column email_proven_at timestamptz;

-- a used reset link: a reset was completed (the other open links of a reset are retired only after one)
update users u
set email_proven_at = (select min(t.used_at) from email_tokens t
                       where t.user_id = u.id and t.purpose = 'RESET' and t.used_at is not null)
where exists (select 1 from email_tokens t where t.user_id = u.id and t.purpose = 'RESET' and t.used_at is not null);

-- a used confirmation link, unless an admin confirmed the email (which retires the open links without opening them)
update users u
set email_proven_at = (select min(t.used_at) from email_tokens t
                       where t.user_id = u.id and t.purpose = 'VERIFY' and t.used_at is not null)
where u.email_proven_at is null
  and exists (select 1 from email_tokens t where t.user_id = u.id and t.purpose = 'VERIFY' and t.used_at is not null)
  and not exists (select 1 from audit_events a where a.target_id = u.id and a.action = 'EMAIL_MARKED_VERIFIED');

-- a provider account joined to the account or that created it, where the email counted as verified: joining
-- required the provider to vouch for the address, and a provider's new account was verified only when it did
update users u
set email_proven_at = (select min(i.created_at) from oauth_identities i where i.user_id = u.id and i.email = u.email)
where u.email_proven_at is null
  and u.email_verified
  and exists (select 1 from oauth_identities i where i.user_id = u.id and i.email = u.email)
  and not exists (select 1 from audit_events a where a.target_id = u.id and a.action = 'EMAIL_MARKED_VERIFIED');
