package io.milkledger.twofactor;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** One start with a new key and the old one as the previous key leaves no secret that needs the old key. */
@IntegrationTest
class SecretResealingTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Households households;

    @Test
    void at_start_secrets_of_the_previous_key_and_plain_ones_are_stored_again_with_the_current_key() {
        String oldKey = randomKey();
        String newKey = randomKey();
        byte[] secret = Totp.newSecret(new SecureRandom());
        long sealedWithOldKey = households.id(households.register("Asha", ZoneId.of("Asia/Kolkata")));
        long plain = households.id(households.register("Bala", ZoneId.of("Asia/Kolkata")));
        store(sealedWithOldKey, new SecretCipher(new TwoFactorProperties(oldKey, null)).seal(sealedWithOldKey, secret));
        store(plain, new SecretCipher(new TwoFactorProperties(null, null)).seal(plain, secret));
        var rotating = new SecretCipher(new TwoFactorProperties(newKey, oldKey));

        new SecretResealing(jdbc, rotating).resealWithTheCurrentKey();

        var afterRotation = new SecretCipher(new TwoFactorProperties(newKey, null));
        for (long account : new long[] {sealedWithOldKey, plain}) {
            String stored = stored(account);
            assertThat(stored).startsWith("aes-gcm:k=");
            assertThat(afterRotation.wantsSealing(stored)).isFalse();
            assertThat(afterRotation.open(account, stored)).isEqualTo(secret);
        }
    }

    private void store(long account, String secret) {
        jdbc.sql("insert into two_factor (user_id, secret) values (:id, :secret)")
                .param("id", account).param("secret", secret).update();
    }

    private String stored(long account) {
        return jdbc.sql("select secret from two_factor where user_id = :id").param("id", account)
                .query(String.class).single();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
