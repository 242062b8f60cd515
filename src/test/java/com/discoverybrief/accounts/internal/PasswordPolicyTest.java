package com.discoverybrief.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesAPasswordShorterThanTwelveCharactersAndAcceptsTwelve() {
        assertThatThrownBy(() -> policy.check("Kx9!mq2#Lp4", "anna"))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("password.too-short");
                    assertThat(e.arguments()).containsExactly(PasswordPolicy.MIN_LENGTH);
                });
        assertThatCode(() -> policy.check("Kx9!mq2#Lp4z", "anna")).doesNotThrowAnyException();
    }

    @Test
    void countsCharactersNotBytesSoACyrillicPhraseOfTwelveLettersIsLongEnough() {
        assertThatCode(() -> policy.check("ёжиквтумане!", "anna")).doesNotThrowAnyException();
    }

    @Test
    void refusesACommonPasswordWhateverItsCase() {
        assertThatThrownBy(() -> policy.check("1Q2W3E4R5T6Y", "anna"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.common"));
        assertThatThrownBy(() -> policy.check("QazWsxEdcRfv", "anna")).isInstanceOf(AccountException.class);
    }

    @Test
    void refusesTheUsernameAsPassword() {
        assertThatThrownBy(() -> policy.check("Anna.Petrova.Sales", "anna.petrova.sales"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.common"));
    }

    @Test
    void refusesWhatBcryptWouldCutOff() {
        assertThatThrownBy(() -> policy.check("я".repeat(37), "anna"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.too-long"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"            ", "   Kx9!mq2#Lp4   ", "\tKx9!mq2#Lp4\n"})
    void countsTheLengthWithoutTheSpacesAround(String password) {
        assertThatThrownBy(() -> policy.check(password, "anna"))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("password.too-short");
                    assertThat(e.field()).isEqualTo("password");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "ЖЖЖЖЖЖЖЖЖЖЖЖЖЖ", "abababababab", "123123123123", "Ab1!Ab1!Ab1!"})
    void refusesOneCharacterOrAShortPatternRepeated(String password) {
        assertThatThrownBy(() -> policy.check(password, "anna"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.repetitive"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "abcdefghijkl", "ABCDEFGHIJKLMN", "210987654321", "qwertyuiop[]",
            "QWERTYUIOP[]\\", "1234567890-=", "йцукенгшщзхъ", "абвгдеёжзийк", "zyxwvutsrqpo", "!@#$%^&*()_+"})
    void refusesARunOfDigitsAnAlphabetOrAKeyboardRowEitherWayRound(String password) {
        assertThatThrownBy(() -> policy.check(password, "anna"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.sequence"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password12345", "Passw0rd2024!", "P@ssw0rd2024", "2024password!!", "PASSWORD1234",
            "Dragon_1987!!", "p4ssw0rd!2345", "Пароль2025!!", "Monkey123456", "Qwerty123456"})
    void refusesACommonPasswordInItsUsualDisguises(String password) {
        assertThatThrownBy(() -> policy.check(password, "anna"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.common"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Violet kettle on the 7th floor", "Свой длинный пароль 2026", "ёжиквтумане!",
            "Kx9!mq2#Lp4z", "correct horse battery", "Кофе в 7 утра — лучше всего"})
    void acceptsPassPhrasesAndRandomPasswords(String password) {
        assertThatCode(() -> policy.check(password, "anna")).doesNotThrowAnyException();
    }

    @Test
    void refusesTheUsernameWithAYearAdded() {
        assertThatThrownBy(() -> policy.check("Anna.Petrova2024!", "anna.petrova"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.common"));
    }

    @Test
    void shipsAFewThousandCommonPasswords() {
        assertThat(policy.commonPasswordCount()).isBetween(2_000, 10_000);
    }
}
