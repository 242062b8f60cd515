package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FigureTest {

    /** How a figure in roubles was always rounded: the double's printed digits, half up. */
    private static BigDecimal printedAndRounded(double value) {
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    @Test
    void roundsRoublesExactlyAsThePrintedDigitsRoundHalfUp() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, 1184.2105263157894,
                99.95, 1e15 + 0.5, 0x1p52 - 0.5, 0x1p52 + 2, 1e17, -1e17, 1234567.0, 120000.0, 1800000 * 0.15));
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 200_000; i++) {
            double half = Math.floor(random.nextDouble() * Math.pow(10, random.nextInt(16))) + 0.5;
            values.addAll(List.of(half, Math.nextUp(half), Math.nextDown(half), -half, random.nextDouble() * Math.pow(10, random.nextInt(19)),
                    Math.round(random.nextDouble() * 1e6) / 100.0, random.nextLong() / 1e3));
        }
        for (double value : values) {
            assertThat(Figure.of(value, Unit.RUBLES).value()).as("%s", value).isEqualTo(printedAndRounded(value));
            assertThat(Figure.of(value, Unit.PER_MONTH).value()).as("%s", value).isEqualTo(printedAndRounded(value));
        }
    }

    @Test
    void keepsOneDecimalOfAPercentage() {
        assertThat(Figure.of(0.15, Unit.PERCENT).value()).isEqualTo(new BigDecimal("0.2"));
        assertThat(Figure.of(38.0, Unit.PERCENT).value()).isEqualTo(new BigDecimal("38"));
    }

    @Test
    void refusesANumberThatIsNone() {
        assertThatThrownBy(() -> Figure.of(Double.NaN, Unit.RUBLES)).isInstanceOf(NumberFormatException.class);
    }
}
