package io.milkledger.delivery;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.YearMonth;

/** One press of "Fill month"; the entries it created point to it. */
@Entity
@Table(name = "fills")
class Fill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long ownerId;

    private LocalDate month;

    protected Fill() {
        this.month = LocalDate.MIN;
    }

    Fill(long ownerId, YearMonth month) {
        this.ownerId = ownerId;
        this.month = month.atDay(1);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("fill is not stored yet");
        }
        return id;
    }
}
