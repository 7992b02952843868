package io.milkledger.delivery;

import io.milkledger.account.AccountService;
import io.milkledger.base.Dates;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.Litres;
import io.milkledger.base.Money;
import io.milkledger.base.PlainText;
import io.milkledger.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The signed-in household's ledger: one entry per day, with the price in force on that day. Every method
 * works on the signed-in household's own entries; an id of someone else's entry is treated as unknown.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('USER')")
public class LedgerService {

    /** The earliest day an entry can be recorded for. */
    public static final LocalDate FIRST_DAY = PriceService.BEGINNING;

    private static final int MAX_NOTE = 500;

    private final DeliveryRepository deliveries;
    private final PriceService prices;
    private final AccountService accounts;

    LedgerService(DeliveryRepository deliveries, PriceService prices, AccountService accounts) {
        this.deliveries = deliveries;
        this.prices = prices;
        this.accounts = accounts;
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
        return deliveries.firstDate(CurrentUser.id()).map(YearMonth::from)
                .orElseGet(() -> YearMonth.from(accounts.today()));
    }

    /**
     * Records a day's delivery at the price in force on that day.
     *
     * @throws InvalidInputException for a future or too early day, a day that already has an entry, a day
     *                               without a price, or a quantity outside 0 to 100 litres; nothing is stored
     */
    @Transactional
    public LedgerEntry record(LocalDate date, BigDecimal litres, @Nullable String note) {
        long owner = CurrentUser.id();
        checkDay(date);
        checkLitres(litres);
        String cleanNote = cleanNote(note);
        if (deliveries.existsByOwnerIdAndDate(owner, date)) {
            throw alreadyRecorded(date);
        }
        PricePeriod price = prices.periodOn(owner, date).orElseThrow(() -> new InvalidInputException("date",
                "No price per litre is set for " + Dates.day(date) + ". Set one in Settings from that day or earlier."));
        try {
            return deliveries.save(new Delivery(owner, date, litres, price.pricePerLitre(), price.currency(),
                    cleanNote)).toEntry();
        } catch (DataIntegrityViolationException sameDayFromAnotherTab) {
            throw alreadyRecorded(date);
        }
    }

    /**
     * Corrects the litres and note of an entry. The amount is recalculated at the price the day was recorded with.
     *
     * @param version the version the household saw; if the entry changed since, the correction is refused
     * @throws EntryNotFoundException when the household has no such entry
     * @throws ObjectOptimisticLockingFailureException when the entry was changed in the meantime
     */
    @Transactional
    public LedgerEntry correct(long id, long version, BigDecimal litres, @Nullable String note) {
        checkLitres(litres);
        String cleanNote = cleanNote(note);
        Delivery delivery = deliveries.findByIdAndOwnerId(id, CurrentUser.id())
                .orElseThrow(EntryNotFoundException::new);
        if (delivery.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Delivery.class, id);
        }
        delivery.correct(litres, cleanNote);
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

    private void checkDay(LocalDate date) {
        LocalDate today = accounts.today();
        if (date.isAfter(today)) {
            throw new InvalidInputException("date", Dates.day(date) + " is still to come; record a delivery on or "
                    + "after the day it arrives.");
        }
        if (date.isBefore(FIRST_DAY)) {
            throw new InvalidInputException("date", "Choose a day from " + Dates.day(FIRST_DAY) + " on.");
        }
    }

    private static void checkLitres(BigDecimal litres) {
        if (litres.signum() < 0) {
            throw new InvalidInputException("litres", "Litres can't be negative; enter 0 for a day without milk.");
        }
        if (litres.compareTo(Litres.MAX_PER_DAY) > 0) {
            throw new InvalidInputException("litres", "More than 100 litres in a day looks like a typo; enter at "
                    + "most 100.");
        }
        if (litres.stripTrailingZeros().scale() > Litres.SCALE) {
            throw new InvalidInputException("litres", "Use at most three decimals (millilitres).");
        }
    }

    private static @Nullable String cleanNote(@Nullable String note) {
        String stripped = note == null ? "" : PlainText.strip(note);
        if (stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "Keep the note under " + MAX_NOTE + " characters.");
        }
        String problem = PlainText.problemWith(stripped);
        if (problem != null) {
            throw new InvalidInputException("note", problem);
        }
        return stripped;
    }

    private static InvalidInputException alreadyRecorded(LocalDate date) {
        return new InvalidInputException("date", Dates.day(date) + " already has an entry; correct it in the list "
                + "instead.");
    }
}
