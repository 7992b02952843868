package io.milkledger.account;

import org.springframework.data.repository.Repository;

import java.util.Optional;

interface AccountRepository extends Repository<Account, Long> {

    Account save(Account account);

    Optional<Account> findById(long id);

    /** Emails are stored lower-cased; callers pass a lower-cased email. */
    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    /** Removes the account; the database cascades to every row it owns. */
    void delete(Account account);
}
