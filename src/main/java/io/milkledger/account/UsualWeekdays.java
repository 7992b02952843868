package io.milkledger.account;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/** The usual delivery weekdays as stored: one bit per ISO weekday, Monday first. */
final class UsualWeekdays {

    static final short EVERY_DAY = 0b111_1111;

    private UsualWeekdays() {
    }

    static Set<DayOfWeek> fromBits(short bits) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((bits & bit(day)) != 0) {
                days.add(day);
            }
        }
        return days;
    }

    static short toBits(Set<DayOfWeek> days) {
        int bits = 0;
        for (DayOfWeek day : days) {
            bits |= bit(day);
        }
        return (short) bits;
    }

    private static int bit(DayOfWeek day) {
        return 1 << (day.getValue() - 1);
    }
}
