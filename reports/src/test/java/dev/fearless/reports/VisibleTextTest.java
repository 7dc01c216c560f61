package dev.fearless.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

    @Test
    void escapesEveryControlCharacterButTab() {
        assertThat(VisibleText.of("a\u0000b\bc\rd\ne\u001b[2Kf\u007fg\u009bh\ti"))
                .isEqualTo("a\\u0000b\\u0008c\\u000dd\\u000ae\\u001b[2Kf\\u007fg\\u009bh\ti");
    }

    @Test
    void leavesOrdinaryTextAloneAndNullNull() {
        String text = "expected: <2> but was: <3> — ✘ ü";

        assertThat(VisibleText.of(text)).isSameAs(text);
        assertThat(VisibleText.of(null)).isNull();
    }
}
