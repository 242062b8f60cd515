package com.discoverybrief.discovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.discovery.BriefExports;
import com.discoverybrief.base.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import com.discoverybrief.strategy.UspClarity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionWizardViewTest extends KaribuTest {

    private Actor salesperson;

    @BeforeEach
    void signInAsSalesperson() {
        salesperson = signIn(Role.SALES);
    }

    @Test
    void onceABriefWasExportedTheNextOneOffersWhatChangedTickedAndInTheUsersLanguage() {
        String path = startSession("Пекарня");
        _click(_get(Button.class, spec -> spec.withId("step-" + SessionWizardView.SUMMARY_STEP)));
        // nothing to compare with before the first brief
        assertThat(_find(Checkbox.class, spec -> spec.withId("download-brief-changes"))).isEmpty();

        long id = Long.parseLong(path.substring("session/".length()));
        context.getBean(BriefExports.class).prepare(salesperson, id);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(path, QueryParameters.of("step", String.valueOf(SessionWizardView.SUMMARY_STEP)));

        Checkbox changes = _get(Checkbox.class, spec -> spec.withId("download-brief-changes"));
        assertThat(changes.isVisible()).isTrue();
        assertThat(changes.getValue()).isTrue();
        assertThat(changes.getLabel()).isEqualTo("Добавить, что изменилось с прошлого брифа");
        _get(Anchor.class, spec -> spec.withId("download-brief"));
    }

    @Test
    void anAnswerTypedInAStepIsThereWhenTheSessionIsReopened() {
        String path = startSession("Стоматология «Улыбка»");
        _click(_get(Button.class, spec -> spec.withId("step-1")));

        _setValue(_get(TextArea.class, spec -> spec.withId("answer-SEGMENTS")), "Семьи с детьми 👨‍👩‍👧 <b>рядом</b>");

        assertThat(_get(Span.class, spec -> spec.withId("autosave-indicator")).getText()).startsWith("Сохранено в ");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(path, QueryParameters.of("step", "1"));
        assertThat(_get(TextArea.class, spec -> spec.withId("answer-SEGMENTS")).getValue())
                .isEqualTo("Семьи с детьми 👨‍👩‍👧 <b>рядом</b>");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChoiceIsSavedAndCountedInTheStepBar() {
        String path = startSession("Кофейня");
        _click(_get(Button.class, spec -> spec.withId("wizard-next")));
        _click(_get(Button.class, spec -> spec.withId("wizard-next")));

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("answer-USP_CLARITY")), UspClarity.VAGUE);

        // the step bar counts the fields of the question, whatever they are
        assertThat(_get(Button.class, spec -> spec.withId("step-2")).getElement().getAttribute("aria-label"))
                .isEqualTo("2. Что мы продаём? (1/" + AnswerField.of(Question.OFFER).size() + ")");
        UI.getCurrent().navigate(path, QueryParameters.of("step", "2"));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("answer-USP_CLARITY")).getValue())
                .isEqualTo(UspClarity.VAGUE);
    }

    @Test
    void aBlankClientNameIsRefusedAndTheSavedNameKept() {
        startSession("Автосервис");

        TextField client = _get(TextField.class, spec -> spec.withId("header-clientCompany"));
        _setValue(client, "  ");

        assertThat(client.isInvalid()).isTrue();
        assertThat(client.getErrorMessage()).isEqualTo("Заполните, пожалуйста.");
        assertThat(_get(H1.class).getText()).isEqualTo("Автосервис");
    }

    @Test
    void theSummaryRecommendsStrategyWorkFirstAndCompletingKeepsIt() {
        startSession("Кофейня");
        _click(_get(Button.class, spec -> spec.withId("step-" + SessionWizardView.SUMMARY_STEP)));

        OrderedList recommendations = _get(OrderedList.class, spec -> spec.withId("recommendations"));
        assertThat(recommendations.getElement().getTextRecursively()).contains("Исследование целевой аудитории");
        assertThat(_get(Paragraph.class, spec -> spec.withId("summary-paragraph")).getText())
                .startsWith("Мы помогаем вам находить больше клиентов");
        _get(Anchor.class, spec -> spec.withId("download-brief"));

        _click(_get(Button.class, spec -> spec.withId("complete-session")));

        _get(Button.class, spec -> spec.withId("recompute"));
    }

    @Test
    void anUnknownSessionShowsTheTranslatedNotFoundPage() {
        UI.getCurrent().navigate("session/987654321");

        assertThat(_get(NotFoundView.class).getElement().getTextRecursively()).contains("Страница не найдена");
    }
}
