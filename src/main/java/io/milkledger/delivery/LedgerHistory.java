package io.milkledger.delivery;

import io.milkledger.account.AccountService;
import io.milkledger.base.Currencies;
import io.milkledger.base.Dates;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.Litres;
import io.milkledger.base.Money;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.HouseholdOnly;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The signed-in household's whole ledger at once, for taking it out and bringing it back in: read in date order
 * page by page, and written back day by day as a file gives it, price and amount included. Like
 * {@link LedgerService}, it only ever sees the signed-in household's own days.
 */
@Service
@Transactional(readOnly = true)
@HouseholdOnly
public class LedgerHistory {

    static final int PAGE_SIZE = 500;

    private final DeliveryRepository deliveries;
    private final AccountService accounts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LedgerHistory(DeliveryRepository deliveries, AccountService accounts, JdbcTemplate jdbc, Clock clock) {
        this.deliveries = deliveries;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The first and last day the household recorded, if it recorded any. */
    public Optional<Span> recordedSpan() {
        long owner = CurrentUser.id();
        return deliveries.firstDate(owner)
                .flatMap(first -> deliveries.lastDate(owner).map(last -> new Span(first, last)));
    }

    /**
     * Hands every recorded day from {@code from} to {@code to} (both included), in date order, to {@code action},
     * reading {@value #PAGE_SIZE} days at a time, so that a long history is never held in memory at once.
     *
     * @return how many days were handed over
     */
    public long forEachDay(LocalDate from, LocalDate to, Consumer<RecordedDay> action) {
        long owner = CurrentUser.id();
        LocalDate after = from.minusDays(1);
        long count = 0;
        while (true) {
            List<RecordedDay> page = deliveries.daysAfter(owner, after, to, Limit.of(PAGE_SIZE));
            for (RecordedDay row : page) {
                action.accept(RecordedDay.of(row.date(), row.litres(), row.unitPrice(), row.amount(),
                        row.currency(), row.note()));
            }
            count += page.size();
            if (page.size() < PAGE_SIZE) {
                return count;
            }
            after = page.getLast().date();
        }
    }

    /** The days recorded from {@code from} to {@code to}, by date. */
    public Map<LocalDate, RecordedDay> recordedBetween(LocalDate from, LocalDate to) {
        Map<LocalDate, RecordedDay> days = new HashMap<>();
        forEachDay(from, to, day -> days.put(day.date(), day));
        return days;
    }

    /**
     * Writes days into the ledger as given, price and amount included. A day not recorded yet is added; a day
     * recorded exactly so is left alone (its version stays); a day recorded differently is replaced when
     * {@code replaceExisting}, otherwise kept. Runs in the caller's transaction when there is one.
     *
     * @throws InvalidInputException for a day {@link DeliveryDate} refuses, litres {@link Litres} refuses, a note
     *                               {@link DeliveryNote} refuses, a negative price or amount, or an unknown
     *                               currency; then nothing of the call is kept
     */
    @Transactional
    public Written write(List<RecordedDay> days, boolean replaceExisting) {
        if (days.isEmpty()) {
            return new Written(0, 0, 0, 0);
        }
        long owner = CurrentUser.id();
        LocalDate today = accounts.today();
        days.forEach(day -> check(day, today));
        LocalDate first = days.stream().map(RecordedDay::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = days.stream().map(RecordedDay::date).max(Comparator.naturalOrder()).orElseThrow();
        Map<LocalDate, Delivery> existing = new HashMap<>();
        deliveries.findAllByOwnerIdAndDateBetween(owner, first, last)
                .forEach(delivery -> existing.put(delivery.toRecordedDay().date(), delivery));
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        int kept = 0;
        List<Object[]> fresh = new ArrayList<>();
        Instant now = clock.instant();
        OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
        for (RecordedDay day : days) {
            Delivery recorded = existing.get(day.date());
            if (recorded == null) {
                fresh.add(new Object[] {owner, day.date(), day.litres(), day.unitPrice(), day.amount(),
                        day.currency(), new SqlParameterValue(Types.VARCHAR, day.note()), stamp, stamp});
                added++;
            } else if (recorded.toRecordedDay().sameAs(day)) {
                unchanged++;
            } else if (replaceExisting) {
                recorded.replaceWith(day, now);
                replaced++;
            } else {
                kept++;
            }
        }
        // new days in one batch: the database assigns ids, so Hibernate would insert them one round trip at a time
        jdbc.batchUpdate("""
                insert into deliveries (owner_id, delivery_date, litres, unit_price, amount, currency, note,
                                        created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", fresh);
        return new Written(added, replaced, unchanged, kept);
    }

    private static void check(RecordedDay day, LocalDate today) {
        // the date's sentence names the day already; the others get it in front, as a file has many days
        check("date", DeliveryDate.problemWith(day.date(), today), "");
        check("litres", Litres.problemWith(day.litres()), Dates.day(day.date()) + ": ");
        check("note", DeliveryNote.problemWith(day.note()), Dates.day(day.date()) + ": ");
        if (!Currencies.isSupported(day.currency())) {
            throw new InvalidInputException("currency", day.currency() + " is not a currency Milk Ledger knows.");
        }
        if (day.unitPrice().signum() < 0 || day.amount().signum() < 0) {
            throw new InvalidInputException("amount", "Prices and amounts can't be negative.");
        }
        if (day.amount().scale() > Money.minorUnits(day.currency())) {
            throw new InvalidInputException("amount", "Round amounts to the currency's minor units first.");
        }
    }

    private static void check(String field, Optional<String> problem, String prefix) {
        if (problem.isPresent()) {
            throw new InvalidInputException(field, prefix + problem.get());
        }
    }

    /**
     * The first and last recorded day.
     *
     * @param first the earliest recorded day
     * @param last  the latest recorded day
     */
    public record Span(LocalDate first, LocalDate last) {
    }

    /**
     * What {@link #write} did.
     *
     * @param added     days that were not recorded before
     * @param replaced  days recorded differently before, now as given
     * @param unchanged days already recorded exactly so, left alone
     * @param kept      days recorded differently before and kept as they were
     */
    public record Written(int added, int replaced, int unchanged, int kept) {
    }
}
