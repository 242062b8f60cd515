package com.discoverybrief.brief;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Answers;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.CompanySize;
import com.discoverybrief.strategy.Geography;
import com.discoverybrief.strategy.StrategyEngine;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the first brief a salesperson downloads as quick as the tenth: once the application is ready,
 * a low-priority background thread parses the fonts and renders a few throw-away briefs in both
 * languages, so that the PDF library's classes are loaded and its hot code compiled before anyone
 * asks ({@code brief.warm-up=false} leaves it out, as the tests do). It never delays the start and
 * never writes anything; a brief asked for meanwhile simply
 * renders alongside (the fonts' parsing is shared, whoever comes first).
 */
@Component
@ConditionalOnProperty(name = "brief.warm-up", havingValue = "true", matchIfMissing = true)
class BriefWarmUp {

    /** Throw-away renders: after about this many a brief takes what it takes in steady state. */
    static final int RENDERS = 12;

    private static final Logger log = LoggerFactory.getLogger(BriefWarmUp.class);

    private final BriefRenderer renderer;
    private final AgencyBranding branding;

    BriefWarmUp(BriefRenderer renderer, AgencyBranding branding) {
        this.renderer = renderer;
        this.branding = branding;
    }

    @EventListener(ApplicationReadyEvent.class)
    void inTheBackground() {
        Thread thread = new Thread(this::run, "brief-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Renders {@link #RENDERS} sample briefs into nothing; returns the milliseconds it took. */
    long run() {
        long start = System.nanoTime();
        try {
            for (int i = 0; i < RENDERS; i++) {
                renderer.render(sample(i % 2 == 0 ? Locale.forLanguageTag("ru") : Locale.ENGLISH),
                        OutputStream.nullOutputStream());
            }
        } catch (RuntimeException e) {
            // Only a warm-up: a real brief that fails says so to its user.
            log.warn("The brief warm-up failed: {}", e.toString());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.debug("Brief warm-up: {} briefs in {} ms", RENDERS, millis);
        return millis;
    }

    BriefDocument sample(Locale locale) {
        Answers answers = Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY)
                .companySize(CompanySize.SMALL).budget(BudgetRange.values()[BudgetRange.values().length / 2])
                .set(AnswerField.SEGMENTS, "Семьи с детьми рядом с клиникой — families nearby 😊")
                .set(AnswerField.PAINS, "Боятся боли; want a clear price upfront")
                .set(AnswerField.PRODUCT, "Лечение и профилактика — treatment and check-ups")
                .set(AnswerField.USP, "Без боли, с гарантией — painless, guaranteed").build();
        BriefDocument.Header header = BriefDocument.Header.of("Образец · Sample", "—", "—", LocalDate.now(),
                "warm-up", answers);
        return new BriefDocument(header, answers, new StrategyEngine().assess(answers), branding, locale,
                LocalDate.now());
    }
}
