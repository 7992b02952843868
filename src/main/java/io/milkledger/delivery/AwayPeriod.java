package io.milkledger.delivery;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** Days the household is away: no milk is expected, fills skip them. */
@Entity
@Table(name = "away_periods")
class AwayPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long ownerId;

    private LocalDate firstDay;

    private LocalDate lastDay;

    private @Nullable String note;

    protected AwayPeriod() {
        this.firstDay = LocalDate.MIN;
        this.lastDay = LocalDate.MIN;
    }

    AwayPeriod(long ownerId, LocalDate firstDay, LocalDate lastDay, @Nullable String note) {
        this.ownerId = ownerId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.note = note;
    }

    AwayDays toAwayDays() {
        if (id == null) {
            throw new IllegalStateException("away period is not stored yet");
        }
        return new AwayDays(id, firstDay, lastDay, note);
    }
}
