package com.discoverybrief.discovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import com.discoverybrief.strategy.SeasonMonth;
import com.discoverybrief.strategy.Seasonality;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The season's months are asked only of a seasonal business: a select of months each, shown when the
 * salesperson taps "in a season", gone (and not counted) for a business that works all year round.
 */
class SeasonMonthsStepTest extends KaribuTest {

    private static final int ALL = AnswerField.of(Question.SCALING).size();

    @BeforeEach
    void signInAsSalesperson() {
        signIn(Role.SALES);
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingSeasonalShowsTheMonthSelectsAndYearRoundHidesThemAndTheStepBarDropsThem() {
        String path = startSession("Турбаза «Сосновый бор»");
        openStep(Question.SCALING);
        // nothing said about the season yet: no month is asked, and none is counted as missing
        assertThat(shown("answer-SEASON_START")).isFalse();
        assertThat(shown("answer-SEASON_END")).isFalse();
        assertThat(stepLabel()).endsWith("(0/" + (ALL - 2) + ")");

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("answer-SEASONALITY")), Seasonality.SEASONAL);

        assertThat(shown("answer-SEASON_START")).isTrue();
        assertThat(shown("answer-SEASON_END")).isTrue();
        assertThat(stepLabel()).endsWith("(1/" + ALL + ")");
        Select<Object> start = month("answer-SEASON_START");
        assertThat(start.getLabel()).isEqualTo("Сезон начинается в");
        assertThat(start.getListDataView().getItems().map(start.getItemLabelGenerator()::apply).toList())
                .startsWith("Январь", "Февраль", "Март").endsWith("Декабрь", "Клиент не знает");
        _setValue(start, SeasonMonth.MAY);
        _setValue(month("answer-SEASON_END"), SeasonMonth.SEPTEMBER);
        assertThat(stepLabel()).endsWith("(3/" + ALL + ")");

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("answer-SEASONALITY")), Seasonality.YEAR_ROUND);

        assertThat(shown("answer-SEASON_START")).isFalse();
        assertThat(shown("answer-SEASON_END")).isFalse();
        assertThat(stepLabel()).endsWith("(1/" + (ALL - 2) + ")");
        // asked: all but the season's months and the price of a channel asked for (none is asked for here)
        int asked = AnswerField.values().length - 3;
        assertThat(_get(ProgressBar.class, spec -> spec.withId("wizard-progress")).getValue())
                .isEqualTo(1.0 / asked);

        // a mis-tap costs nothing: back to "in a season", the months chosen are still there
        reopen(path, Question.SCALING);
        assertThat(shown("answer-SEASON_START")).isFalse();
        assertThat(stepLabel()).endsWith("(1/" + (ALL - 2) + ")");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("answer-SEASONALITY")), Seasonality.SEASONAL);
        assertThat(month("answer-SEASON_START").getValue()).isEqualTo(SeasonMonth.MAY);
        assertThat(month("answer-SEASON_END").getValue()).isEqualTo(SeasonMonth.SEPTEMBER);
        assertThat(stepLabel()).endsWith("(3/" + ALL + ")");
    }

    @Test
    void aSessionSavedAsSeasonalOpensWithItsMonthsShown() {
        String path = startSession("Прокат сапбордов");
        openStep(Question.SCALING);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("answer-SEASONALITY")), Seasonality.SEASONAL);
        _setValue(month("answer-SEASON_START"), SeasonMonth.JUNE);

        reopen(path, Question.SCALING);

        assertThat(shown("answer-SEASON_START")).isTrue();
        assertThat(month("answer-SEASON_START").getValue()).isEqualTo(SeasonMonth.JUNE);
        assertThat(stepLabel()).endsWith("(2/" + ALL + ")");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Select<Object> month(String id) {
        return (Select<Object>) (Select) _get(Select.class, spec -> spec.withId(id));
    }

    /** Whether the input and every component around it is visible: what the salesperson sees. */
    private static boolean shown(String id) {
        Optional<Component> input = find(UI.getCurrent(), id);
        if (input.isEmpty()) {
            return false;
        }
        for (Optional<Component> at = input; at.isPresent(); at = at.get().getParent()) {
            if (!at.get().isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Component> find(Component parent, String id) {
        if (parent.getId().orElse("").equals(id)) {
            return Optional.of(parent);
        }
        return parent.getChildren().flatMap(child -> find(child, id).stream()).findFirst();
    }

    private static String stepLabel() {
        return _get(Button.class, spec -> spec.withId("step-" + Question.SCALING.number()))
                .getElement().getAttribute("aria-label");
    }

    private static void openStep(Question question) {
        _click(_get(Button.class, spec -> spec.withId("step-" + question.number())));
    }

    private static void reopen(String path, Question question) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(path);
        openStep(question);
    }
}
