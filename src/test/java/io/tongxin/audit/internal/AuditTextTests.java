package io.tongxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditTextTests {

    @Test
    void keepsOrdinaryTextAndNull() {
        assertThat(AuditText.clip("王小明 reason", 100)).isEqualTo("王小明 reason");
        assertThat(AuditText.clip(null, 10)).isNull();
    }

    @Test
    void clipsByCodePointsWithoutSplittingAPair() {
        String emoji = "\uD83D\uDE00"; // one code point, two chars
        assertThat(AuditText.clip(emoji.repeat(3), 2)).isEqualTo(emoji.repeat(2));
        assertThat(AuditText.clip("abcdef", 4)).isEqualTo("abcd");
    }

    @Test
    void dropsNulAndReplacesLoneSurrogates() {
        assertThat(AuditText.clip("a\u0000b", 10)).isEqualTo("ab");
        assertThat(AuditText.clip("x\uD83Dy", 10)).isEqualTo("x\uFFFDy");
    }
}
