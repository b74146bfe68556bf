package io.tongxin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tongxin.shared.InvalidInputException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @CsvSource({
        "Short1!, error.password.too-short",
        "alllowercaseletters, error.password.too-simple",
        "lowercase123456, error.password.too-simple",
        "Zhangsan-2026x, error.password.contains-username"
    })
    void refusesWeakPasswordsWithTheRuleBroken(String password, String code) {
        assertThatThrownBy(() -> policy.check(password, "zhangsan"))
            .isInstanceOf(InvalidInputException.class)
            .extracting(e -> ((InvalidInputException) e).messageCode())
            .isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lower-and-digits9", "UPPER-lower-abc", "abcdefgh12#$", "Qingyang2026x"})
    void acceptsPasswordsWithThreeClasses(String password) {
        assertThatCode(() -> policy.check(password, "zhangsan")).doesNotThrowAnyException();
    }

    @RepeatedTest(20)
    void generatedPasswordsPassThePolicyAndDiffer() {
        String one = policy.generate();
        String two = policy.generate();
        assertThatCode(() -> policy.check(one, "admin")).doesNotThrowAnyException();
        assertThat(one).hasSize(14).isNotEqualTo(two);
    }
}
