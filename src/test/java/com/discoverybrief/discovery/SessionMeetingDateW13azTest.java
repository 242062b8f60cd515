package com.discoverybrief.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.StrategyEngine;
import com.discoverybrief.strategy.TestPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The app's path for a dated opening (w13az): a session whose header has no meeting date was started at the meeting, so
 * its created date is the meeting's, and «через три месяца» or «в марте» is counted from it — the brief and the plan
 * (both read {@link DiscoverySession#answers()}) build the block before the opening, not only a scenario file that
 * carries a {@code meetingDate}.
 */
class SessionMeetingDateW13azTest {

    private static final Instant FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1).atTime(12, 0)
            .atZone(ZoneId.systemDefault()).toInstant();

    @Test
    void withNoMeetingDateTheSessionsCreatedDateDatesTheOpening() throws IOException {
        DiscoverySession session = new DiscoverySession("anna", SessionHeader.start("Детская стоматология", null,
                Locale.forLanguageTag("ru")), FIRST_OF_DECEMBER);
        answerAsScenario(session, "41-kids-dentistry-full-opening-branch.scenario");
        session.answer(AnswerField.NEW_MARKETS, "второй филиал в Заречном районе", FIRST_OF_DECEMBER);
        session.answer(AnswerField.CONSTRAINTS, "в первом филиале запись на 3 недели вперёд, второй откроется через три месяца",
                FIRST_OF_DECEMBER);

        assertThat(session.getHeader().meetingDate()).isNull();
        assertThat(session.answers().meetingMonth()).isEqualTo(Month.DECEMBER);
        TestPlan plan = new StrategyEngine().assess(session.answers()).testPlan();
        assertThat(plan.lines()).anyMatch(l -> l.channel() == Channel.CRM_MARKETING && l.kpi() == Kpi.PRE_SALES);
        // the block starts in week 6 with the ads re-aimed at the new address; partners and printed ads around it wait
        // past the New Year holidays (143, 156: week 7)
        assertThat(plan.lines()).anyMatch(l -> l.channel() == Channel.TARGETED_ADS && l.startWeek() == 6);
        assertThat(plan.lines()).anyMatch(l -> l.channel() == Channel.OFFLINE_ADS && l.kpi() == Kpi.PRE_SALES
                && l.startWeek() == 7);
        assertThat(plan.lines()).anyMatch(l -> l.channel() == Channel.PARTNER_MARKETING && l.kpi() == Kpi.PRE_SALES
                && l.startWeek() == 7);
    }

    @Test
    void aMeetingDateOnTheHeaderStaysTheMeetingsMonth() {
        DiscoverySession session = new DiscoverySession("anna", SessionHeader.start("Клиника", LocalDate.of(2026, 11, 27),
                Locale.forLanguageTag("ru")), FIRST_OF_DECEMBER);
        assertThat(session.answers().meetingMonth()).isEqualTo(Month.NOVEMBER);
    }

    /** The scenario's answers, typed as the salesperson typed them; its header facts go to the answers' own fields. */
    private static void answerAsScenario(DiscoverySession session, String file) throws IOException {
        for (String line : Files.readAllLines(Path.of("src/test/resources/scenarios", file), StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq < 0 || line.startsWith("#")) {
                continue;
            }
            String key = line.substring(0, eq).trim();
            if (!key.equals(key.toUpperCase(Locale.ROOT))) {
                continue;
            }
            session.answer(AnswerField.valueOf(key), line.substring(eq + 1).trim(), FIRST_OF_DECEMBER);
        }
    }
}
