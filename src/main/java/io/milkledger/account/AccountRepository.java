package io.milkledger.account;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface AccountRepository extends Repository<Account, Long> {

    Account save(Account account);

    Optional<Account> findById(long id);

    /** Emails are stored lower-cased; callers pass a lower-cased email. */
    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    /**
     * The account with the email as a person typed it (spaces around, capitals), if any. Text with a NUL is no
     * one's email, and PostgreSQL would refuse even to compare it, so it is answered here.
     */
    default Optional<Account> findByTypedEmail(String typed) {
        String email = EmailAddresses.normalize(typed);
        return email.indexOf('\u0000') >= 0 ? Optional.empty() : findByEmail(email);
    }

    /**
     * The enabled admins' ids, their rows locked until the transaction ends: two admins removing each other at the
     * same moment take turns, and the second sees that only one is left.
     */
    @Query(value = """
            select u.id from users u
            where u.enabled and exists (select 1 from user_roles r where r.user_id = u.id and r.role = 'ADMIN')
            order by u.id
            for update""", nativeQuery = true)
    List<Long> lockEnabledAdmins();

    /** Stamps the time of a sign-in without touching the account's version, which is for the household's edits. */
    @Modifying
    @Query(value = "update users set last_signed_in_at = :at where id = :id", nativeQuery = true)
    void signedInAt(@Param("id") long id, @Param("at") Instant at);

    /** Removes the account; the database cascades to every row it owns. */
    void delete(Account account);
}
