package io.milkledger.delivery;

import io.milkledger.account.AccountService;
import io.milkledger.base.Dates;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.Litres;
import io.milkledger.base.Money;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.HouseholdOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in household's ledger: one entry per day, with the price in force on that day. Every method
 * works on the signed-in household's own entries; an id of someone else's entry is treated as unknown.
 */
@Service
@Transactional(readOnly = true)
@HouseholdOnly
public class LedgerService {

    private final DeliveryRepository deliveries;
    private final PriceService prices;
    private final AccountService accounts;
    private final Clock clock;

    LedgerService(DeliveryRepository deliveries, PriceService prices, AccountService accounts, Clock clock) {
        this.deliveries = deliveries;
        this.prices = prices;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A page of a month's entries, by day. */
    public List<LedgerEntry> entries(YearMonth month, Pageable pageable) {
        return deliveries.findByOwnerIdAndDateBetween(CurrentUser.id(), month.atDay(1), month.atEndOfMonth(),
                        pageable)
                .map(Delivery::toEntry)
                .getContent();
    }

    /** A month's amount, litres and delivery days, summed in the database. */
    public MonthSummary summary(YearMonth month) {
        var totals = deliveries.totals(CurrentUser.id(), month.atDay(1), month.atEndOfMonth());
        var amounts = totals.stream()
                .map(t -> new MonthSummary.Amount(t.currency(), Money.roundToMinorUnits(t.amount(), t.currency())))
                .toList();
        BigDecimal litres = totals.stream().map(DeliveryRepository.CurrencyTotals::litres)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int deliveryDays = totals.stream().mapToInt(t -> (int) t.deliveryDays()).sum();
        int recordedDays = totals.stream().mapToInt(t -> (int) t.recordedDays()).sum();
        return new MonthSummary(month, amounts, litres, deliveryDays, recordedDays);
    }

    /** The month of the household's first entry, or the current month for a new household. */
    public YearMonth firstMonth() {
        return firstRecordedMonth().orElseGet(() -> YearMonth.from(accounts.today()));
    }

    /** The month of the household's first entry, if it has any. */
    public Optional<YearMonth> firstRecordedMonth() {
        return deliveries.firstDate(CurrentUser.id()).map(YearMonth::from);
    }

    /**
     * Records a day's delivery at the price in force on that day.
     *
     * @throws InvalidInputException for a day {@link DeliveryDate} refuses, a day that already has an entry, a day
     *                               without a price, litres {@link Litres} refuses or a note {@link DeliveryNote}
     *                               refuses; nothing is stored
     */
    @Transactional
    public LedgerEntry record(LocalDate date, BigDecimal litres, @Nullable String note) {
        long owner = CurrentUser.id();
        check("date", DeliveryDate.problemWith(date, accounts.today()));
        check("litres", Litres.problemWith(litres));
        String cleanNote = DeliveryNote.clean(note);
        check("note", DeliveryNote.problemWith(cleanNote));
        if (deliveries.existsByOwnerIdAndDate(owner, date)) {
            throw alreadyRecorded(date);
        }
        PricePeriod price = prices.periodOn(owner, date).orElseThrow(() -> new InvalidInputException("date",
                "No price per litre is set for " + Dates.day(date) + ". Set one in Settings from that day or earlier."));
        try {
            return deliveries.save(new Delivery(owner, date, litres, price.pricePerLitre(), price.currency(),
                    cleanNote, clock.instant())).toEntry();
        } catch (DataIntegrityViolationException sameDayFromAnotherTab) {
            throw alreadyRecorded(date);
        }
    }

    /**
     * Corrects the litres and note of an entry. The amount is recalculated at the price the day was recorded with.
     * Litres and note follow the same rules as in {@link #record}.
     *
     * @param version the version the household saw; if the entry changed since, the correction is refused
     * @throws EntryNotFoundException when the household has no such entry
     * @throws ObjectOptimisticLockingFailureException when the entry was changed in the meantime
     */
    @Transactional
    public LedgerEntry correct(long id, long version, BigDecimal litres, @Nullable String note) {
        check("litres", Litres.problemWith(litres));
        String cleanNote = DeliveryNote.clean(note);
        check("note", DeliveryNote.problemWith(cleanNote));
        Delivery delivery = deliveries.findByIdAndOwnerId(id, CurrentUser.id())
                .orElseThrow(EntryNotFoundException::new);
        if (delivery.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Delivery.class, id);
        }
        delivery.correct(litres, cleanNote, clock.instant());
        return deliveries.saveAndFlush(delivery).toEntry();
    }

    /**
     * Deletes an entry; the day becomes unrecorded again.
     *
     * @throws EntryNotFoundException when the household has no such entry
     */
    @Transactional
    public void delete(long id) {
        Delivery delivery = deliveries.findByIdAndOwnerId(id, CurrentUser.id())
                .orElseThrow(EntryNotFoundException::new);
        deliveries.delete(delivery);
    }

    private static void check(String field, Optional<String> problem) {
        if (problem.isPresent()) {
            throw new InvalidInputException(field, problem.get());
        }
    }

    private static InvalidInputException alreadyRecorded(LocalDate date) {
        return new InvalidInputException("date", Dates.day(date) + " already has an entry; correct it in the list "
                + "instead.");
    }
}
