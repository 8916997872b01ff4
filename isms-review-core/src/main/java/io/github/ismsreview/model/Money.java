package io.github.ismsreview.model;

import io.github.ismsreview.model.constraint.MinorUnits;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An exact amount of money in an ISO 4217 currency.
 *
 * <p>The amount is kept exactly, as a {@link BigDecimal}, and normalized: trailing zeros are
 * dropped, so {@code 150.00 USD} and {@code 150 USD} are equal and print the same. The currency
 * is a {@link Currency}, so an unknown code cannot be built. An amount with more fraction digits
 * than the currency has minor units ({@code 1.234 USD}), or in a code without minor units
 * ({@code XAU}), can be built but is reported by the validator ({@link MinorUnits}).
 *
 * <pre>{@code
 * Money budget = Money.of("2400.00", "EUR");
 * budget.toString();                     // "2400 EUR"
 * Money.parse("2400 EUR").equals(budget) // true
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@MinorUnits
public abstract class Money {

    Money() {
    }

    /** Returns the amount, without trailing zeros. */
    public abstract BigDecimal amount();

    /** Returns the ISO 4217 currency. */
    public abstract Currency currency();

    /**
     * Returns the amount of money.
     *
     * @throws NullPointerException if either argument is null
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return ImmutableMoney.builder().amount(amount).currency(currency).build();
    }

    /**
     * Returns the amount of money given as a decimal string and an ISO 4217 code.
     *
     * @param amount a plain decimal number such as {@code 150.25}
     * @param currencyCode an ISO 4217 code such as {@code EUR}
     * @throws IllegalArgumentException if the amount is not a decimal number or the code is not an
     *     ISO 4217 currency; the message carries the bad value
     */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currencyCode");
        return of(parseAmount(amount), parseCurrency(currencyCode));
    }

    /**
     * Reads an amount of money in the form {@link #toString()} writes: the amount, one space,
     * the currency code, as in {@code 2400.50 EUR}.
     *
     * @throws IllegalArgumentException if the text has another form; the message carries it
     */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        int space = text.indexOf(' ');
        if (space < 1 || space != text.lastIndexOf(' ')) {
            throw new IllegalArgumentException(
                    "money '" + text + "' is not of the form '<amount> <currency>'");
        }
        return of(text.substring(0, space), text.substring(space + 1));
    }

    /** Returns this amount in its normalized form, without trailing zeros. */
    @Value.Check
    protected Money normalize() {
        BigDecimal normalized = amount().stripTrailingZeros();
        if (normalized.scale() < 0) {
            normalized = normalized.setScale(0);
        }
        if (normalized.equals(amount())) {
            return this;
        }
        return ImmutableMoney.builder().amount(normalized).currency(currency()).build();
    }

    /** Returns the amount and the currency code, as in {@code 2400.5 EUR}. */
    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency().getCurrencyCode();
    }

    private static BigDecimal parseAmount(String amount) {
        if (!amount.matches("-?[0-9]{1,30}(\\.[0-9]{1,30})?")) {
            throw new IllegalArgumentException(
                    "amount '" + amount + "' is not a plain decimal number such as 150.25");
        }
        return new BigDecimal(amount);
    }

    private static Currency parseCurrency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "currency '" + code + "' is not an ISO 4217 currency code", e);
        }
    }
}
