package io.milkledger.delivery;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Deliveries, always of one owner: there is deliberately no method that reads or deletes by id alone.
 */
interface DeliveryRepository extends Repository<Delivery, Long> {

    Delivery save(Delivery delivery);

    /** Saves now, so the new version is known and a concurrent change fails inside the service. */
    Delivery saveAndFlush(Delivery delivery);

    void delete(Delivery delivery);

    Optional<Delivery> findByIdAndOwnerId(long id, long ownerId);

    boolean existsByOwnerIdAndDate(long ownerId, LocalDate date);

    List<Delivery> findByOwnerIdAndFillId(long ownerId, long fillId);

    @Query("select d.date from Delivery d where d.ownerId = :ownerId and d.date between :from and :to")
    List<LocalDate> recordedDays(long ownerId, LocalDate from, LocalDate to);

    Slice<Delivery> findByOwnerIdAndDateBetween(long ownerId, LocalDate from, LocalDate to, Pageable pageable);

    @Query("""
            select new io.milkledger.delivery.DeliveryRepository$CurrencyTotals(
                d.currency, sum(d.amount), sum(d.litres),
                sum(case when d.litres > 0 then 1 else 0 end), count(d))
            from Delivery d
            where d.ownerId = :ownerId and d.date between :from and :to
            group by d.currency
            order by d.currency""")
    List<CurrencyTotals> totals(long ownerId, LocalDate from, LocalDate to);

    @Query("select min(d.date) from Delivery d where d.ownerId = :ownerId")
    Optional<LocalDate> firstDate(long ownerId);

    @Query("select max(d.date) from Delivery d where d.ownerId = :ownerId")
    Optional<LocalDate> lastDate(long ownerId);

    /** The next days after {@code after}, up to {@code to}: one page of a keyset walk through the ledger. */
    @Query("""
            select new io.milkledger.delivery.RecordedDay(d.date, d.litres, d.unitPrice, d.amount, d.currency, d.note)
            from Delivery d
            where d.ownerId = :ownerId and d.date > :after and d.date <= :to
            order by d.date""")
    List<RecordedDay> daysAfter(long ownerId, LocalDate after, LocalDate to, Limit limit);

    List<Delivery> findAllByOwnerIdAndDateBetween(long ownerId, LocalDate from, LocalDate to);

    /** One currency's share of a month, summed in the database. */
    record CurrencyTotals(String currency, java.math.BigDecimal amount, java.math.BigDecimal litres,
                          long deliveryDays, long recordedDays) {
    }
}
