package com.discoverybrief.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A number with its unit: a baseline, a target or a threshold in the test plan. */
public record Figure(BigDecimal value, Unit unit) {
    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /** Roubles are whole, percentages and ratings keep one decimal. */
    static Figure of(double value, Unit unit) {
        int scale = unit == Unit.RUBLES || unit == Unit.PER_MONTH ? 0 : 1;
        if (scale == 0 && Math.abs(value) < EXACT_HALVES) {
            return new Figure(whole(value), unit);
        }
        return new Figure(BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros(), unit);
    }

    /** Below this every x.5 is a double itself (and every double prints as its own digits). */
    private static final double EXACT_HALVES = 0x1p52;

    /**
     * What {@code BigDecimal.valueOf(value).setScale(0, HALF_UP)} gives, without printing the double (the test
     * plan's most frequent cost): the printed digits read back as the same double, so they lie on the same side
     * of every x.5 as the double does, and an x.5 prints as itself — so the double is rounded, half away from zero.
     */
    private static BigDecimal whole(double value) {
        double magnitude = Math.abs(value);
        double floor = Math.floor(magnitude);
        long rounded = (long) (magnitude - floor >= 0.5 ? floor + 1 : floor);
        return BigDecimal.valueOf(value < 0 ? -rounded : rounded).stripTrailingZeros();
    }
}
