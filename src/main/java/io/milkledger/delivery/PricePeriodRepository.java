package io.milkledger.delivery;

import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Price periods, always of one owner. */
interface PricePeriodRepository extends Repository<PricePeriod, Long> {

    PricePeriod save(PricePeriod period);

    List<PricePeriod> findByOwnerIdOrderByEffectiveFromDesc(long ownerId);

    /** The period in force on a date: the latest one starting on or before it. */
    Optional<PricePeriod> findFirstByOwnerIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(long ownerId,
                                                                                                LocalDate date);

    Optional<PricePeriod> findByOwnerIdAndEffectiveFrom(long ownerId, LocalDate effectiveFrom);
}
