package io.milkledger.account;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface LinkedIdentityRepository extends Repository<LinkedIdentity, Long> {

    LinkedIdentity save(LinkedIdentity identity);

    /** The link of a provider's account; {@code provider} is its registration id. */
    Optional<LinkedIdentity> findByProviderAndSubject(String provider, String subject);

    List<LinkedIdentity> findByUserId(long userId);

    /** Unlinks every provider account from the account. */
    @Modifying
    @Query("delete from LinkedIdentity i where i.userId = :userId")
    void deleteByUserId(@Param("userId") long userId);
}
