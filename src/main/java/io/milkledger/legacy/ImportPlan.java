package io.milkledger.legacy;

import io.milkledger.base.Currencies;
import io.milkledger.base.Litres;
import io.milkledger.base.Money;
import io.milkledger.delivery.DeliveryDate;
import io.milkledger.delivery.PricePerLitre;
import io.milkledger.security.WerkzeugPasswordEncoder;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The old app's rows checked and turned into what Milk Ledger stores, before anything is written: for each old user
 * the account to create or fill up, the entries, the rows that cannot be taken and the old app's month totals.
 * Pure rules, no database.
 */
record ImportPlan(List<Household> households, List<SkippedRow> unattached) {

    /** The old app's price when a user never set one. */
    static final BigDecimal DEFAULT_PRICE = new BigDecimal("50.00");

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("100000000");
    private static final Set<String> PROVIDERS = Set.of("google", "github");

    /** A provider account the old user signed in with. */
    record Identity(String provider, String subject) {
    }

    /** One day to record: the old cost as the amount, the unit price derived from it. */
    record Entry(long oldId, LocalDate date, BigDecimal litres, BigDecimal unitPrice, BigDecimal amount) {
    }

    /**
     * One old user. {@code refusal} is set when the user cannot be imported at all; then nothing else of it is used.
     */
    record Household(long oldId, String email, @Nullable String refusal, String displayName,
                     @Nullable String passwordHash, boolean emailVerified, @Nullable LocalDateTime createdAt,
                     String currency, BigDecimal pricePerLitre, @Nullable Identity identity, List<Entry> entries,
                     List<SkippedRow> skipped, Map<YearMonth, BigDecimal> oldMonthTotals, List<String> notes) {
    }

    /**
     * The plan for everything the old app kept.
     *
     * @param today the last day an entry can be for: today in UTC, the time zone imported accounts get
     */
    static ImportPlan of(LegacySource.Contents contents, LocalDate today) {
        Map<Long, List<LegacySource.Row>> rowsByUser = new HashMap<>();
        List<SkippedRow> unattached = new ArrayList<>();
        Set<Long> userIds = new HashSet<>();
        contents.users().forEach(user -> userIds.add(user.id()));
        for (LegacySource.Row row : contents.rows()) {
            Long userId = LegacyValues.id(row.userId());
            if (userId == null || !userIds.contains(userId)) {
                unattached.add(new SkippedRow("milk #" + row.id(), "user id " + LegacyValues.shown(row.userId())
                        + " is not in the user table"));
            } else {
                rowsByUser.computeIfAbsent(userId, id -> new ArrayList<>()).add(row);
            }
        }
        Map<String, Long> emails = new HashMap<>();
        List<Household> households = new ArrayList<>();
        for (LegacySource.User user : contents.users()) {
            households.add(household(user, rowsByUser.getOrDefault(user.id(), List.of()), emails, today));
        }
        return new ImportPlan(List.copyOf(households), List.copyOf(unattached));
    }

    private static Household household(LegacySource.User user, List<LegacySource.Row> rows,
                                       Map<String, Long> emailsSeen, LocalDate today) {
        List<String> notes = new ArrayList<>();
        String rawEmail = LegacyValues.text(user.email());
        String email = rawEmail == null ? "" : rawEmail.toLowerCase(Locale.ROOT);
        String refusal = null;
        if (email.isEmpty() || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            refusal = "email " + LegacyValues.shown(user.email()) + " is not an address one can sign in with";
            email = rawEmail == null ? "user #" + user.id() : rawEmail;
        } else if (emailsSeen.containsKey(email)) {
            refusal = "user #" + emailsSeen.get(email) + " has the same email; merge the two in the old database first";
        } else {
            emailsSeen.put(email, user.id());
        }

        String currency = Currencies.DEFAULT;
        String storedCurrency = LegacyValues.text(user.currency());
        if (storedCurrency != null) {
            currency = storedCurrency.toUpperCase(Locale.ROOT);
            if (!Currencies.isSupported(currency)) {
                refusal = refusal != null ? refusal : "currency " + LegacyValues.shown(user.currency())
                        + " is not one Milk Ledger knows";
                currency = Currencies.DEFAULT;
            }
        }
        BigDecimal price = price(user.pricePerLitre(), notes);

        String username = LegacyValues.text(user.username());
        String displayName = username != null ? username : email.contains("@") ? email.substring(0, email.indexOf('@'))
                : "Household";
        if (displayName.length() > 100) {
            displayName = displayName.substring(0, 100);
        }
        String passwordHash = LegacyValues.text(user.passwordHash());
        if (passwordHash != null && passwordHash.length() > 255) {
            notes.add("its password hash is longer than Milk Ledger keeps; the household signs in with a reset link");
            passwordHash = null;
        } else if (passwordHash != null && !WerkzeugPasswordEncoder.isWerkzeugHash(passwordHash)) {
            // only the old app's own hashes: another form ({noop}, {MD5}, ...) would be a password the file's
            // author chose, for an account that may be someone else's
            notes.add("its password hash is not one the old app writes; imported without a password, the household "
                    + "signs in with a reset link");
            passwordHash = null;
        }
        Identity identity = identity(user, notes);
        LocalDateTime createdAt = LegacyValues.timestamp(user.createdAt());

        List<Entry> entries = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        Map<YearMonth, BigDecimal> oldTotals = new TreeMap<>();
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        for (LegacySource.Row row : rows) {
            addToOldTotals(row, oldTotals);
            if (refusal != null) {
                skipped.add(new SkippedRow("milk #" + row.id(), "its user is not imported"));
                continue;
            }
            String problem = null;
            LocalDate date = LegacyValues.day(row.date());
            BigDecimal litres = LegacyValues.withoutBinaryNoise(LegacyValues.number(row.litres()), Litres.SCALE);
            BigDecimal cost = LegacyValues.number(row.cost());
            if (date == null) {
                problem = "date " + LegacyValues.shown(row.date()) + " is not a day written DD-MM-YYYY";
            } else if (litres == null) {
                problem = "quantity " + LegacyValues.shown(row.litres()) + " is not a number";
            } else {
                // the same rules, in the same words, as every other way into the ledger
                problem = DeliveryDate.problemWith(date, today).or(() -> Litres.problemWith(litres)).orElse(null);
            }
            if (problem == null) {
                if (cost == null) {
                    problem = "cost " + LegacyValues.shown(row.cost()) + " is not a number";
                } else if (cost.signum() < 0) {
                    problem = "cost " + cost.toPlainString() + " is negative";
                } else if (days.containsKey(date)) {
                    problem = "milk #" + days.get(date) + " of this user has the same date " + row.date();
                }
            }
            if (problem != null) {
                skipped.add(new SkippedRow("milk #" + row.id(), problem));
                continue;
            }
            BigDecimal amount = Money.roundToMinorUnits(cost, currency);
            BigDecimal unitPrice = litres.signum() == 0 ? price : amount.divide(litres, 4, RoundingMode.HALF_UP);
            if (unitPrice.compareTo(MAX_UNIT_PRICE) >= 0) {
                skipped.add(new SkippedRow("milk #" + row.id(), "cost " + cost.toPlainString() + " for "
                        + litres.toPlainString() + " litres is more than Milk Ledger can hold per litre"));
                continue;
            }
            days.put(date, row.id());
            entries.add(new Entry(row.id(), date, litres.setScale(Litres.SCALE, RoundingMode.UNNECESSARY),
                    unitPrice.setScale(4, RoundingMode.HALF_UP), amount));
        }
        Map<YearMonth, BigDecimal> rounded = new TreeMap<>();
        String minorUnitsOf = currency;
        oldTotals.forEach((month, total) -> rounded.put(month, Money.roundToMinorUnits(total, minorUnitsOf)));
        return new Household(user.id(), email, refusal, displayName, passwordHash,
                LegacyValues.flag(user.emailVerified()),
                createdAt, currency, price, identity, List.copyOf(entries), List.copyOf(skipped), rounded,
                List.copyOf(notes));
    }

    private static void addToOldTotals(LegacySource.Row row, Map<YearMonth, BigDecimal> totals) {
        BigDecimal cost = LegacyValues.number(row.cost());
        YearMonth month = LegacyValues.month(row.monthYear());
        if (month == null) {
            LocalDate date = LegacyValues.day(row.date());
            month = date == null ? null : YearMonth.from(date);
        }
        if (cost != null && month != null) {
            totals.merge(month, cost, BigDecimal::add);
        }
    }

    private static BigDecimal price(@Nullable Object stored, List<String> notes) {
        if (stored == null) {
            return DEFAULT_PRICE;
        }
        BigDecimal price = LegacyValues.number(stored);
        BigDecimal usable = price == null || price.stripTrailingZeros().scale() <= PricePerLitre.SCALE ? price
                : price.setScale(PricePerLitre.SCALE, RoundingMode.HALF_UP);
        if (usable == null || PricePerLitre.problemWith(usable).isPresent()) {
            notes.add("price per litre " + LegacyValues.shown(stored) + " cannot be used; it starts at "
                    + DEFAULT_PRICE.toPlainString());
            return DEFAULT_PRICE;
        }
        if (usable != price) {
            notes.add("price per litre " + price.toPlainString() + " is kept as " + usable.toPlainString());
        }
        return usable;
    }

    private static @Nullable Identity identity(LegacySource.User user, List<String> notes) {
        String provider = LegacyValues.text(user.oauthProvider());
        String subject = LegacyValues.text(user.oauthId());
        if (provider == null && subject == null) {
            return null;
        }
        String id = provider == null ? "" : provider.toLowerCase(Locale.ROOT);
        if (!PROVIDERS.contains(id) || subject == null || subject.length() > 255) {
            notes.add("sign-in with " + LegacyValues.shown(user.oauthProvider()) + " (id "
                    + LegacyValues.shown(user.oauthId()) + ") is not carried over");
            return null;
        }
        return new Identity(id, subject);
    }
}
