package io.milkledger.delivery;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Away periods, always of one owner. */
interface AwayPeriodRepository extends Repository<AwayPeriod, Long> {

    AwayPeriod save(AwayPeriod period);

    void delete(AwayPeriod period);

    Optional<AwayPeriod> findByIdAndOwnerId(long id, long ownerId);

    @Query("""
            select a from AwayPeriod a
            where a.ownerId = :ownerId and a.firstDay <= :to and a.lastDay >= :from
            order by a.firstDay""")
    List<AwayPeriod> overlapping(long ownerId, LocalDate from, LocalDate to);
}
