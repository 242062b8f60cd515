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
        return new Figure(BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros(), unit);
    }
}
