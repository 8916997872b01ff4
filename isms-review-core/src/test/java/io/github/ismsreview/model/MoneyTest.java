package io.github.ismsreview.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsThatDifferOnlyInTrailingZeros_areEqual() {
        assertThat(Money.of("150.00", "USD")).isEqualTo(Money.of("150", "USD"));
        assertThat(Money.of("150.00", "USD").hashCode())
                .isEqualTo(Money.of("150", "USD").hashCode());
        assertThat(Money.of(new BigDecimal("1E+3"), Currency.getInstance("USD")).toString())
                .isEqualTo("1000 USD");
    }

    @Test
    void differentCurrencies_areNotEqual() {
        assertThat(Money.of("10", "EUR")).isNotEqualTo(Money.of("10", "USD"));
    }

    @Test
    void parse_readsWhatToStringWrites() {
        Money money = Money.of(new BigDecimal("2400.50"), Currency.getInstance("EUR"));

        assertThat(money.toString()).isEqualTo("2400.5 EUR");
        assertThat(Money.parse(money.toString())).isEqualTo(money);
    }

    @Test
    void unknownCurrency_isRejectedWithTheCode() {
        assertThatThrownBy(() -> Money.of("10", "XYZ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency 'XYZ' is not an ISO 4217 currency code");
    }

    @Test
    void amountInAnotherForm_isRejectedWithTheText() {
        assertThatThrownBy(() -> Money.of("1e1000000000", "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1e1000000000'");
        assertThatThrownBy(() -> Money.parse("100EUR"))
                .hasMessage("money '100EUR' is not of the form '<amount> <currency>'");
    }
}
