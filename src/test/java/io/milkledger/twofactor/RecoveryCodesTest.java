package io.milkledger.twofactor;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryCodesTest {

    @Test
    void ten_different_codes_of_sixteen_characters_without_look_alikes() {
        List<String> codes = RecoveryCodes.generate(new SecureRandom());

        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[2-9a-hjkmnp-z]{4}(-[2-9a-hjkmnp-z]{4}){3}"));
    }

    @Test
    void the_hash_forgives_capitals_spaces_and_dashes_but_nothing_else() {
        String code = RecoveryCodes.generate(new SecureRandom()).getFirst();
        String hash = RecoveryCodes.hash(code);

        assertThat(hash).hasSize(64).isNotEqualTo(code);
        assertThat(RecoveryCodes.hash(code.toUpperCase().replace("-", " "))).isEqualTo(hash);
        assertThat(RecoveryCodes.hash(code.replace("-", ""))).isEqualTo(hash);
        assertThat(RecoveryCodes.hash(code.substring(1))).isNotEqualTo(hash);
    }

    @Test
    void an_app_code_does_not_look_like_a_recovery_code() {
        assertThat(RecoveryCodes.looksLikeOne("123 456")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne("K7CM X2QD 9RTF HWE4")).isTrue();
    }
}
