package io.milkledger.delivery;

import io.milkledger.account.AccountService;
import io.milkledger.account.HouseholdSettings;
import io.milkledger.base.Dates;
import io.milkledger.base.InvalidInputException;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.HouseholdOnly;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Fill month": records the usual quantity on every unrecorded day of the usual schedule, skipping days away,
 * up to today; and undoes such a fill. Pressing it twice creates nothing the second time.
 */
@Service
@Transactional(readOnly = true)
@HouseholdOnly
public class FillService {

    private final DeliveryRepository deliveries;
    private final FillRepository fills;
    private final PriceService prices;
    private final AwayService away;
    private final AccountService accounts;
    private final Clock clock;

    FillService(DeliveryRepository deliveries, FillRepository fills, PriceService prices, AwayService away,
                AccountService accounts, Clock clock) {
        this.deliveries = deliveries;
        this.fills = fills;
        this.prices = prices;
        this.away = away;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Exactly the days a fill of the month would create, without creating them. */
    public FillPlan plan(YearMonth month) {
        long owner = CurrentUser.id();
        HouseholdSettings household = accounts.settings();
        LocalDate today = accounts.today();
        LocalDate first = month.atDay(1).isBefore(DeliveryDate.FIRST_DAY) ? DeliveryDate.FIRST_DAY
                : month.atDay(1);
        LocalDate last = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        if (last.isBefore(first)) {
            return new FillPlan(month, List.of(), household.usualLitres());
        }
        Set<LocalDate> recorded = new HashSet<>(deliveries.recordedDays(owner, first, last));
        List<AwayDays> awayDays = away.overlapping(owner, first, last);
        List<LocalDate> days = first.datesUntil(last.plusDays(1))
                .filter(household::usuallyDelivered)
                .filter(day -> !recorded.contains(day))
                .filter(day -> awayDays.stream().noneMatch(stretch -> stretch.contains(day)))
                .toList();
        return new FillPlan(month, days, household.usualLitres());
    }

    /**
     * Creates the planned entries, each at the price of its day, in one transaction.
     *
     * @throws InvalidInputException when a day has no price, or a day was recorded meanwhile; nothing is created
     */
    @Transactional
    public FillResult fill(YearMonth month) {
        FillPlan plan = plan(month);
        if (plan.empty()) {
            return new FillResult(0, 0);
        }
        long owner = CurrentUser.id();
        Fill fill = fills.save(new Fill(owner, month));
        Instant now = clock.instant();
        try {
            for (LocalDate day : plan.days()) {
                PricePeriod price = prices.periodOn(owner, day).orElseThrow(() -> new InvalidInputException("month",
                        "No price per litre is set for " + Dates.day(day) + "; set one in Settings first."));
                deliveries.save(new Delivery(owner, day, plan.litres(), price.pricePerLitre(), price.currency(),
                        null, now).createdBy(fill));
            }
        } catch (DataIntegrityViolationException recordedMeanwhile) {
            throw new InvalidInputException("month", "Some days were recorded in another window meanwhile; "
                    + "nothing was filled. Try again.");
        }
        return new FillResult(fill.id(), plan.days().size());
    }

    /**
     * Removes the entries a fill created, except those corrected since, which stay.
     *
     * @throws EntryNotFoundException when the household has no such fill (or it was undone already)
     */
    @Transactional
    public UndoResult undo(long fillId) {
        long owner = CurrentUser.id();
        Fill fill = fills.findByIdAndOwnerId(fillId, owner).orElseThrow(EntryNotFoundException::new);
        int removed = 0;
        int kept = 0;
        for (Delivery delivery : deliveries.findByOwnerIdAndFillId(owner, fillId)) {
            if (delivery.untouched()) {
                deliveries.delete(delivery);
                removed++;
            } else {
                kept++;
            }
        }
        fills.delete(fill);
        return new UndoResult(removed, kept);
    }
}
