package io.milkledger.delivery;

import io.milkledger.base.Decimals;
import io.milkledger.base.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One day's delivery for one household. It keeps the unit price and currency it was recorded with, so later
 * price changes never rewrite it. Zero litres records a day without delivery.
 */
@Entity
@Table(name = "deliveries")
class Delivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long ownerId;

    @Column(name = "delivery_date")
    private LocalDate date;

    private BigDecimal litres;

    private BigDecimal unitPrice;

    private BigDecimal amount;

    private String currency;

    private @Nullable String note;

    // the "Fill month" that created it, for undo
    private @Nullable Long fillId;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Delivery() {
        this.date = LocalDate.MIN;
        this.litres = BigDecimal.ZERO;
        this.unitPrice = BigDecimal.ZERO;
        this.amount = BigDecimal.ZERO;
        this.currency = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    /** A new day, stamped with {@code now} from the application's clock. */
    Delivery(long ownerId, LocalDate date, BigDecimal litres, BigDecimal unitPrice, String currency,
             @Nullable String note, Instant now) {
        this.ownerId = ownerId;
        this.date = date;
        this.unitPrice = unitPrice;
        this.currency = currency;
        this.litres = litres;
        this.amount = Money.lineAmount(litres, unitPrice, currency);
        this.note = note;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the whole day with a file's version of it, price and amount included. */
    void replaceWith(RecordedDay day, Instant now) {
        this.litres = day.litres();
        this.unitPrice = day.unitPrice();
        this.amount = day.amount();
        this.currency = day.currency();
        this.note = day.note();
        this.updatedAt = now;
    }

    /** The day as a file carries it: no id or version, numbers without storage padding. */
    RecordedDay toRecordedDay() {
        return RecordedDay.of(date, litres, unitPrice, amount, currency, note);
    }

    /** Corrects the quantity and note; the amount follows at the price the day was recorded with. */
    void correct(BigDecimal litres, @Nullable String note, Instant now) {
        this.litres = litres;
        this.amount = Money.lineAmount(litres, unitPrice, currency);
        this.note = note;
        this.updatedAt = now;
    }

    long version() {
        return version;
    }

    Delivery createdBy(Fill fill) {
        this.fillId = fill.id();
        return this;
    }

    /** True while the entry is as a fill created it: no correction since. */
    boolean untouched() {
        return version == 0;
    }

    LedgerEntry toEntry() {
        if (id == null) {
            throw new IllegalStateException("delivery is not stored yet");
        }
        return new LedgerEntry(id, version, date, Decimals.plain(litres), unitPrice, Money.roundToMinorUnits(amount, currency), currency, note);
    }
}
