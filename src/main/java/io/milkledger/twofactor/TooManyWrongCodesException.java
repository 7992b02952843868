package io.milkledger.twofactor;

import java.io.Serial;
import java.time.Duration;

/** Too many wrong codes for the account lately: no code, right or wrong, is checked until the wait is over. */
public class TooManyWrongCodesException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Duration waitTime;

    TooManyWrongCodesException(String firstSentence, Duration waitTime) {
        super(firstSentence + " " + tryAgainIn(waitTime));
        this.waitTime = waitTime;
    }

    /** How long until a code is checked again. */
    public Duration waitTime() {
        return waitTime;
    }

    /** Seconds under a minute, then whole minutes rounded up, so people never come back too early. */
    static String tryAgainIn(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        if (seconds < 60) {
            return "Try again in " + seconds + (seconds == 1 ? " second." : " seconds.");
        }
        long minutes = (seconds + 59) / 60;
        return "Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }
}
