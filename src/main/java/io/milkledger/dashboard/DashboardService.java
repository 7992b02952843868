package io.milkledger.dashboard;

import io.milkledger.account.AccountService;
import io.milkledger.account.HouseholdSettings;
import io.milkledger.base.Decimals;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.Money;
import io.milkledger.delivery.AwayDays;
import io.milkledger.delivery.AwayService;
import io.milkledger.delivery.DeliverySums;
import io.milkledger.delivery.MonthTotal;
import io.milkledger.delivery.WeekdayAverage;
import io.milkledger.delivery.PriceService;
import io.milkledger.security.HouseholdOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The signed-in household's spending trends, summed in the database. */
@Service
@Transactional(readOnly = true)
@HouseholdOnly
public class DashboardService {

    private final DeliverySums sums;
    private final AccountService accounts;
    private final PriceService prices;
    private final AwayService away;

    DashboardService(DeliverySums sums, AccountService accounts, PriceService prices, AwayService away) {
        this.sums = sums;
        this.accounts = accounts;
        this.prices = prices;
        this.away = away;
    }

    /**
     * The dashboard for the last {@code months} months, this one included.
     *
     * @param months 1 to 120; the dashboard offers 12 and 24
     */
    public Dashboard load(int months) {
        if (months < 1 || months > 120) {
            throw new InvalidInputException("months", "Choose between 1 and 120 months.");
        }
        HouseholdSettings household = accounts.settings();
        String currency = household.currency();
        LocalDate today = accounts.today();
        YearMonth current = YearMonth.from(today);
        // one month more than shown, for the oldest month's change, and at least this year for the year to date
        int fetched = Math.max(months + 1, current.getMonthValue());
        LocalDate from = current.minusMonths(fetched - 1L).atDay(1);
        LocalDate to = current.atEndOfMonth();

        Map<YearMonth, MonthTotal> totals = sums.monthTotals(currency, from, to).stream()
                .map(total -> rounded(total, currency))
                .collect(Collectors.toMap(MonthTotal::month, Function.identity()));
        List<MonthTotal> series = new ArrayList<>();
        for (YearMonth month = current.minusMonths(fetched - 1L); !month.isAfter(current); month = month.plusMonths(1)) {
            series.add(totals.getOrDefault(month, MonthTotal.empty(month)));
        }
        List<MonthTotal> shown = series.subList(series.size() - months, series.size());

        List<MonthChange> changes = new ArrayList<>();
        for (int i = series.size() - 1; i >= series.size() - months; i--) {
            changes.add(change(series.get(i), series.get(i - 1), currency));
        }

        LocalDate shownFrom = current.minusMonths(months - 1L).atDay(1);
        List<WeekdayAverage> weekdays = sums.weekdayAverages(shownFrom, to);
        boolean otherCurrencies = sums.hasOtherCurrencies(currency, shownFrom, to);
        return new Dashboard(glance(household, today, series), List.copyOf(shown), changes,
                completeWeek(weekdays), otherCurrencies);
    }

    private Glance glance(HouseholdSettings household, LocalDate today, List<MonthTotal> series) {
        MonthTotal thisMonth = series.getLast();
        MonthTotal lastMonth = series.get(series.size() - 2);
        List<MonthTotal> thisYear = series.stream().filter(m -> m.month().getYear() == today.getYear()).toList();
        BigDecimal yearAmount = thisYear.stream().map(MonthTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal yearLitres = thisYear.stream().map(MonthTotal::litres).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Glance(today, household.currency(), thisMonth, projection(household, today, thisMonth),
                lastMonth, yearAmount, yearLitres);
    }

    private BigDecimal projection(HouseholdSettings household, LocalDate today, MonthTotal thisMonth) {
        LocalDate monthEnd = YearMonth.from(today).atEndOfMonth();
        if (!today.isBefore(monthEnd)) {
            return thisMonth.amount();
        }
        List<AwayDays> awayDays = away.overlapping(today.plusDays(1), monthEnd);
        long remaining = today.plusDays(1).datesUntil(monthEnd.plusDays(1))
                .filter(household::usuallyDelivered)
                .filter(day -> awayDays.stream().noneMatch(stretch -> stretch.contains(day)))
                .count();
        return prices.priceOn(today)
                .filter(price -> price.currency().equals(household.currency()))
                .map(price -> Money.lineAmount(household.usualLitres(), price.perLitre(), household.currency())
                        .multiply(BigDecimal.valueOf(remaining)))
                .map(rest -> thisMonth.amount().add(rest))
                .orElse(thisMonth.amount());
    }

    static MonthChange change(MonthTotal month, MonthTotal previous, String currency) {
        BigDecimal change = month.amount().subtract(previous.amount());
        BigDecimal priceEffect = month.averagePrice()
                .flatMap(now -> previous.averagePrice().map(before -> now.subtract(before).multiply(month.litres())))
                .map(effect -> Money.roundToMinorUnits(effect, currency))
                .orElse(Money.roundToMinorUnits(BigDecimal.ZERO, currency));
        return new MonthChange(month, previous, change, priceEffect, change.subtract(priceEffect));
    }

    private static MonthTotal rounded(MonthTotal total, String currency) {
        return new MonthTotal(total.month(), Money.roundToMinorUnits(total.amount(), currency),
                Decimals.plain(total.litres()), total.deliveryDays());
    }

    private static List<WeekdayAverage> completeWeek(List<WeekdayAverage> recorded) {
        Map<DayOfWeek, WeekdayAverage> byDay = recorded.stream()
                .collect(Collectors.toMap(WeekdayAverage::day, Function.identity()));
        List<WeekdayAverage> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(byDay.getOrDefault(day, new WeekdayAverage(day, BigDecimal.ZERO, 0)));
        }
        return week;
    }
}
