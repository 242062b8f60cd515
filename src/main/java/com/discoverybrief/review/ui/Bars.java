package com.discoverybrief.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Horizontal bars drawn with plain elements and the theme's CSS: a label, the bar, the figure. */
final class Bars {

    private Bars() {
    }

    static Div bar(String label, double value, double max, String figure) {
        Div fill = new Div();
        fill.addClassName("stat-bar-fill");
        double share = max <= 0 ? 0 : Math.max(0, Math.min(100, 100 * value / max));
        fill.getStyle().set("width", String.format(java.util.Locale.ROOT, "%.1f%%", share));
        Div track = new Div(fill);
        track.addClassName("stat-bar-track");
        Span name = new Span(label);
        name.addClassName("stat-bar-label");
        Span number = new Span(figure);
        number.addClassName("stat-bar-figure");
        Div bar = new Div(name, track, number);
        bar.addClassName("stat-bar");
        return bar;
    }
}
