package com.discoverybrief.discovery;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.CompanySize;
import com.discoverybrief.strategy.Geography;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.TestPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The app's own path (w13az): a session started in the app, its meeting date cleared on the header, the client's words
 * «второй откроется через три месяца» — the service's assessment builds the block before the opening, counted from
 * the session's created date.
 */
@SpringBootTest
class SessionMeetingDateServiceW13azTest {

    @Autowired
    DiscoveryService discovery;

    private final Actor anna = salesperson();

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    @Test
    void aSessionWithNoMeetingDateDatesTheOpeningFromItsStart() throws IOException {
        DiscoverySession session = discovery.start(signedIn(anna), "Детская стоматология", Locale.forLanguageTag("ru"));
        SessionHeader stored = session.getHeader();
        SessionHeader undated = new SessionHeader(stored.clientCompany(), null, "медицина", BusinessModel.B2C,
                Geography.CITY, CompanySize.SMALL, BudgetRange.FROM_150K_TO_500K, null, stored.briefLanguage());
        long version = discovery.saveHeader(signedIn(anna), session.getId(), session.getVersion(), stored, undated).version();
        for (String line : Files.readAllLines(Path.of("src/test/resources/scenarios/41-kids-dentistry-full-opening-branch.scenario"),
                StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            String key = eq < 0 ? "" : line.substring(0, eq).trim();
            if (key.isEmpty() || !key.equals(key.toUpperCase(Locale.ROOT)) || line.startsWith("#")) {
                continue;
            }
            String value = switch (key) {
                case "NEW_MARKETS" -> "второй филиал в Заречном районе";
                case "CONSTRAINTS" -> "в первом филиале запись на 3 недели вперёд, второй откроется через три месяца";
                default -> line.substring(eq + 1).trim();
            };
            version = discovery.saveAnswer(signedIn(anna), session.getId(), version, AnswerField.valueOf(key), null, value)
                    .version();
        }

        TestPlan plan = discovery.assessment(signedIn(anna), session.getId()).assessment().testPlan();
        assertThat(plan.lines()).anyMatch(l -> l.channel() == Channel.CRM_MARKETING && l.kpi() == Kpi.PRE_SALES);
        assertThat(plan.lines()).anyMatch(l -> l.channel() == Channel.PARTNER_MARKETING && l.kpi() == Kpi.PRE_SALES);
    }
}
