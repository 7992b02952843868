package io.milkledger.twofactor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, stores every two-factor secret that {@link SecretCipher#wantsSealing} again with the current key:
 * after one start with a new key and the old one as the previous key, no secret needs the old key any more, and
 * plain ones from before a key was set are encrypted without waiting for their next use.
 */
@Component
class SecretResealing {

    private static final Logger log = LoggerFactory.getLogger(SecretResealing.class);

    private final JdbcClient jdbc;
    private final SecretCipher cipher;

    SecretResealing(JdbcClient jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resealWithTheCurrentKey() {
        record Stored(long userId, String secret) {
        }
        int resealed = 0;
        int unreadable = 0;
        for (Stored row : jdbc.sql("select user_id, secret from two_factor").query(Stored.class).list()) {
            if (!cipher.wantsSealing(row.secret())) {
                continue;
            }
            String sealed;
            try {
                sealed = cipher.seal(row.userId(), cipher.open(row.userId(), row.secret()));
            } catch (IllegalStateException wrongKey) {
                // the others' households can still sign in; these find the same message at their sign-in
                unreadable++;
                continue;
            }
            // only if nobody changed it meanwhile (a sign-in that sealed it, a new setup)
            resealed += jdbc.sql("update two_factor set secret = :sealed where user_id = :id and secret = :old")
                    .param("sealed", sealed).param("id", row.userId()).param("old", row.secret()).update();
        }
        if (resealed > 0) {
            log.info("Stored {} two-factor secret(s) again with the current {}", resealed,
                    TwoFactorProperties.KEY_VARIABLE);
        }
        if (unreadable > 0) {
            log.warn("{} two-factor secret(s) open neither with {} nor with {}: they were stored with another key",
                    unreadable, TwoFactorProperties.KEY_VARIABLE, TwoFactorProperties.PREVIOUS_KEY_VARIABLE);
        }
    }
}
