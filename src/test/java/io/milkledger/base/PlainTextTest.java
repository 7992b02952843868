package io.milkledger.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    @Test
    void spaces_of_every_kind_are_stripped_from_both_ends_only() {
        assertThat(PlainText.strip("\u00A0 fresh milk\u2007\t")).isEqualTo("fresh milk");
        assertThat(PlainText.strip("\u202F\u00A0")).isEmpty();
        assertThat(PlainText.strip("two\u00A0words")).isEqualTo("two\u00A0words");
    }

    @Test
    void control_characters_and_direction_overrides_are_refused_with_one_message() {
        for (String text : new String[] {"a\u0000b", "a\u0007b", "a\nb", "a\tb", "a\u007Fb", "a\u0085b", "a\u202Eb",
                "a\u202Ab", "a\u2066b", "a\u2069b"}) {
            assertThat(PlainText.problemWith(text)).as(text).isEqualTo(PlainText.INVISIBLE_CHARACTERS);
        }
    }

    @Test
    void every_script_emoji_and_their_joiners_are_fine() {
        assertThat(PlainText.problemWith("दूध क्\u200Dष, 牛奶, حليب \u200F, 👨\u200D👩\u200D👧 <b>'; --")).isNull();
    }
}
