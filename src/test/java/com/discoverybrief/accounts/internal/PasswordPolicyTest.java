package com.discoverybrief.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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

    @Test
    void shipsAFewThousandCommonPasswords() {
        assertThat(policy.commonPasswordCount()).isBetween(2_000, 10_000);
    }
}
