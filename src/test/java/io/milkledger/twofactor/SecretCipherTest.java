package io.milkledger.twofactor;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTest {

    private static final String KEY = randomKey();
    private static final String PREVIOUS_KEY = randomKey();

    private final byte[] secret = Totp.newSecret(new SecureRandom());
    private final SecretCipher withKey = new SecretCipher(new TwoFactorProperties(KEY, null));
    private final SecretCipher withoutKey = new SecretCipher(new TwoFactorProperties(null, null));

    @Test
    void with_a_key_secrets_are_stored_encrypted_and_read_back() {
        String stored = withKey.seal(7, secret);

        assertThat(stored).startsWith("aes-gcm:").doesNotContain(Base32.encode(secret));
        assertThat(withKey.seal(7, secret)).as("a fresh nonce every time").isNotEqualTo(stored);
        assertThat(withKey.open(7, stored)).isEqualTo(secret);
        assertThat(withKey.wantsSealing(stored)).isFalse();
    }

    @Test
    void an_encrypted_secret_opens_only_for_its_own_account_and_key() {
        String stored = withKey.seal(7, secret);
        var otherKey = new SecretCipher(new TwoFactorProperties(randomKey(), null));

        assertThatThrownBy(() -> withKey.open(8, stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> otherKey.open(7, stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> withoutKey.open(7, stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY");
    }

    @Test
    void without_a_key_secrets_are_stored_plainly_and_sealed_once_a_key_is_set() {
        String stored = withoutKey.seal(7, secret);

        assertThat(stored).isEqualTo("plain:" + Base32.encode(secret));
        assertThat(withoutKey.wantsSealing(stored)).isFalse();
        assertThat(withKey.open(7, stored)).isEqualTo(secret);
        assertThat(withKey.wantsSealing(stored)).isTrue();
    }

    @Test
    void while_a_key_is_rotated_secrets_of_the_previous_key_open_and_are_sealed_again_with_the_new_one() {
        String newKey = randomKey();
        String storedWithOldKey = withKey.seal(7, secret);
        var rotating = new SecretCipher(new TwoFactorProperties(newKey, KEY));

        assertThat(rotating.open(7, storedWithOldKey)).isEqualTo(secret);
        assertThat(rotating.wantsSealing(storedWithOldKey)).isTrue();
        String resealed = rotating.seal(7, secret);
        assertThat(rotating.wantsSealing(resealed)).isFalse();
        var afterRotation = new SecretCipher(new TwoFactorProperties(newKey, null));
        assertThat(afterRotation.open(7, resealed)).isEqualTo(secret);
        assertThatThrownBy(() -> afterRotation.open(7, storedWithOldKey)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MILK_LEDGER_TWO_FACTOR_PREVIOUS_ENCRYPTION_KEY");
    }

    @Test
    void secrets_stored_before_key_ids_were_written_open_with_either_key_and_are_sealed_again() throws Exception {
        // the earlier form: aes-gcm: and base64 of nonce and ciphertext, without the key's id
        String earlierForm = "aes-gcm:" + withKey.seal(7, secret).replaceFirst("^aes-gcm:k=[0-9a-f]+:", "");
        var rotating = new SecretCipher(new TwoFactorProperties(randomKey(), KEY));

        assertThat(withKey.open(7, earlierForm)).isEqualTo(secret);
        assertThat(rotating.open(7, earlierForm)).isEqualTo(secret);
        assertThat(withKey.wantsSealing(earlierForm)).isTrue();
    }

    @Test
    void a_previous_key_without_a_current_one_is_refused() {
        assertThatThrownBy(() -> new TwoFactorProperties(null, KEY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MILK_LEDGER_TWO_FACTOR_PREVIOUS_ENCRYPTION_KEY");
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_refused_naming_the_variable() {
        for (String bad : new String[] {"not base64!", Base64.getEncoder().encodeToString(new byte[16])}) {
            assertThatThrownBy(() -> new TwoFactorProperties(bad, null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY").hasMessageContaining("openssl");
        }
        assertThat(new TwoFactorProperties(" ", " ").key()).isNull();
    }

    @Test
    void the_key_is_read_from_the_environment_variable_the_readme_names() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY", KEY, "MILK_LEDGER_TWO_FACTOR_PREVIOUS_ENCRYPTION_KEY",
                        PREVIOUS_KEY)));

        TwoFactorProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bind("milk-ledger.two-factor", TwoFactorProperties.class).get();

        assertThat(properties.encryptionKey()).isEqualTo(KEY);
        assertThat(properties.previousEncryptionKey()).isEqualTo(PREVIOUS_KEY);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
