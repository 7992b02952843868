package io.milkledger.delivery;

import io.milkledger.base.InvalidInputException;
import io.milkledger.base.PlainText;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.HouseholdOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The signed-in household's days away. */
@Service
@Transactional(readOnly = true)
@HouseholdOnly
public class AwayService {

    private static final long LONGEST_STRETCH_DAYS = 366;

    private final AwayPeriodRepository periods;

    AwayService(AwayPeriodRepository periods) {
        this.periods = periods;
    }

    /** Stretches away that touch the given days, earliest first. */
    public List<AwayDays> overlapping(LocalDate from, LocalDate to) {
        return periods.overlapping(CurrentUser.id(), from, to).stream().map(AwayPeriod::toAwayDays).toList();
    }

    /**
     * Marks days as away. Entries already recorded on them stay; fills skip them from now on.
     *
     * @throws InvalidInputException when the last day is before the first, or the stretch is over a year
     */
    @Transactional
    public AwayDays markAway(LocalDate firstDay, LocalDate lastDay, @Nullable String note) {
        if (lastDay.isBefore(firstDay)) {
            throw new InvalidInputException("lastDay", "The last day away can't be before the first.");
        }
        if (ChronoUnit.DAYS.between(firstDay, lastDay) >= LONGEST_STRETCH_DAYS) {
            throw new InvalidInputException("lastDay", "Mark at most a year at a time.");
        }
        String stripped = note == null ? "" : PlainText.strip(note);
        String cleanNote = stripped.isEmpty() ? null : stripped;
        if (stripped.length() > 200) {
            throw new InvalidInputException("note", "Keep the note under 200 characters.");
        }
        String problem = PlainText.problemWith(stripped);
        if (problem != null) {
            throw new InvalidInputException("note", problem);
        }
        return periods.save(new AwayPeriod(CurrentUser.id(), firstDay, lastDay, cleanNote)).toAwayDays();
    }

    /**
     * Ends a stretch away.
     *
     * @throws EntryNotFoundException when the household has no such stretch
     */
    @Transactional
    public void remove(long id) {
        periods.delete(periods.findByIdAndOwnerId(id, CurrentUser.id()).orElseThrow(EntryNotFoundException::new));
    }

    List<AwayDays> overlapping(long owner, LocalDate from, LocalDate to) {
        return periods.overlapping(owner, from, to).stream().map(AwayPeriod::toAwayDays).toList();
    }
}
