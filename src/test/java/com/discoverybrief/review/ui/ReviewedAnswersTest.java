package com.discoverybrief.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.discovery.DiscoveryFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Evidence;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review reads the new facts as the brief does: numbers with units, the channels asked for, assumptions marked. */
class ReviewedAnswersTest extends KaribuTest {

    @Autowired
    private DiscoveryService discovery;

    private final Actor salesperson = DiscoveryFixtures.salesperson();

    @BeforeEach
    void signInAsLead() {
        signIn(Role.LEAD);
    }

    @Test
    void numbersRequestedChannelsAndAnAssumptionReadAsTextInTheReview() {
        long id = as(salesperson, () -> {
            long started = discovery.start(salesperson, "Пекарня у дома", Locale.forLanguageTag("ru")).getId();
            answer(started, AnswerField.AVERAGE_CHECK, "450");
            answer(started, AnswerField.MONTHLY_BUDGET, "30000");
            answer(started, AnswerField.REQUESTED_CHANNELS, "SMM=COMPETITORS;MARKETPLACES=HUNCH");
            answer(started, AnswerField.CHANNELS, "SMM=UNKNOWN");
            discovery.saveEvidence(salesperson, started, AnswerField.AVERAGE_CHECK, Evidence.ASSUMPTION);
            discovery.complete(salesperson, started);
            return started;
        });

        UI.getCurrent().navigate("review/" + id);

        assertThat(_get(Div.class, spec -> spec.withId("answers-MACRO")).getElement().getTextRecursively())
                .contains("450\u00A0₽", "30\u202F000\u00A0₽");
        assertThat(_get(Div.class, spec -> spec.withId("answers-MICRO")).getElement().getTextRecursively())
                .contains("SMM — есть у конкурентов", "Маркетплейсы — по ощущению");
        assertThat(_get(AssessmentPanel.class).getElement().getTextRecursively()).contains("Ваш довод",
                "Наши предположения (проверить): Средний чек");
    }

    private void answer(long id, AnswerField field, String stored) {
        discovery.saveAnswer(salesperson, id, discovery.open(salesperson, id).getVersion(), field, null, stored);
    }
}
