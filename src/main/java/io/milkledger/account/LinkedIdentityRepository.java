package io.milkledger.account;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

interface LinkedIdentityRepository extends Repository<LinkedIdentity, Long> {

    LinkedIdentity save(LinkedIdentity identity);

    /** The link of a provider's account; {@code provider} is its registration id. */
    Optional<LinkedIdentity> findByProviderAndSubject(String provider, String subject);

    List<LinkedIdentity> findByUserId(long userId);
}
