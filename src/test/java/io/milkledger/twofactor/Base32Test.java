package io.milkledger.twofactor;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Base32Test {

    @Test
    void texts_are_encoded_as_rfc_4648_says_without_padding() {
        assertThat(Base32.encode(bytes(""))).isEmpty();
        assertThat(Base32.encode(bytes("f"))).isEqualTo("MY");
        assertThat(Base32.encode(bytes("fo"))).isEqualTo("MZXQ");
        assertThat(Base32.encode(bytes("foo"))).isEqualTo("MZXW6");
        assertThat(Base32.encode(bytes("foob"))).isEqualTo("MZXW6YQ");
        assertThat(Base32.encode(bytes("fooba"))).isEqualTo("MZXW6YTB");
        assertThat(Base32.encode(bytes("foobar"))).isEqualTo("MZXW6YTBOI");
    }

    @Test
    void a_secret_comes_back_from_its_text_even_typed_in_lower_case_with_spaces() {
        byte[] secret = Totp.newSecret(new SecureRandom());
        String key = Base32.encode(secret);

        assertThat(key).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Base32.decode(key)).isEqualTo(secret);
        assertThat(Base32.decode(key.toLowerCase().replaceAll("(.{4})", "$1 "))).isEqualTo(secret);
    }

    @Test
    void characters_outside_the_alphabet_are_refused() {
        assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
