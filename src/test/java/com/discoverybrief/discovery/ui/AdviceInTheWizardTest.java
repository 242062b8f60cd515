package com.discoverybrief.discovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.PurchaseFrequency;
import com.discoverybrief.strategy.Question;
import com.discoverybrief.strategy.RequestMotive;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The facts, the evidence tag, the client's own ideas and the test plan, as a salesperson meets them. */
class AdviceInTheWizardTest extends KaribuTest {

    private Actor salesperson;

    @BeforeEach
    void signInAsSalesperson() {
        salesperson = signIn(Role.SALES);
    }

    @Test
    void aNumberOutsideItsRangeSaysSoOnTheFieldKeepsTheTextAndSavesNothing() {
        String path = startSession("Кофейня");
        openStep(path, Question.OFFER);
        NumberAnswerField check = _get(NumberAnswerField.class, spec -> spec.withId("answer-AVERAGE_CHECK"));
        TextField input = _get(check, TextField.class, spec -> { });

        _setValue(input, "двенадцать");

        assertThat(check.isInvalid()).isTrue();
        assertThat(check.getErrorMessage()).startsWith("Введите число");
        assertThat(input.getValue()).isEqualTo("двенадцать");
        _setValue(input, "0");
        assertThat(check.getErrorMessage()).isEqualTo("Введите число от 1 до 1\u00A0000\u00A0000\u00A0000.");

        reopen(path, Question.OFFER);
        assertThat(_get(NumberAnswerField.class, spec -> spec.withId("answer-AVERAGE_CHECK")).getValue()).isNull();
    }

    @Test
    void aNumberWithSpacesAndACommaIsSavedAndShownInTheLanguageOfTheScreen() {
        String path = startSession("Кофейня");
        openStep(path, Question.OFFER);

        _setValue(_get(_get(NumberAnswerField.class, spec -> spec.withId("answer-AVERAGE_CHECK")), TextField.class,
                spec -> { }), "12 500");
        _setValue(_get(_get(NumberAnswerField.class, spec -> spec.withId("answer-GROSS_MARGIN")), TextField.class,
                spec -> { }), "35,5");

        reopen(path, Question.OFFER);
        NumberAnswerField check = _get(NumberAnswerField.class, spec -> spec.withId("answer-AVERAGE_CHECK"));
        assertThat(check.getValue()).isEqualByComparingTo("12500");
        assertThat(_get(check, TextField.class, spec -> { }).getValue()).isEqualTo("12\u00A0500");
        assertThat(_get(NumberAnswerField.class, spec -> spec.withId("answer-GROSS_MARGIN")).getValue())
                .isEqualByComparingTo("35.5");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewFactIsOneTapAndTheStepBarCountsIt() {
        String path = startSession("Ремонт под ключ");
        openStep(path, Question.RETENTION);

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("answer-PURCHASE_FREQUENCY")), PurchaseFrequency.ONE_OFF);

        assertThat(_get(Button.class, spec -> spec.withId("step-4")).getElement().getAttribute("aria-label"))
                .endsWith("(1/" + AnswerField.of(Question.RETENTION).size() + ")");
        reopen(path, Question.RETENTION);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("answer-PURCHASE_FREQUENCY")).getValue())
                .isEqualTo(PurchaseFrequency.ONE_OFF);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAssumptionTappedBesideAnAnswerIsKeptAndTheSummarySaysWhatToVerify() {
        String path = startSession("Студия пилатеса");
        long id = Long.parseLong(path.substring(path.indexOf('/') + 1));
        DiscoveryService discovery = context.getBean(DiscoveryService.class);
        discovery.saveAnswer(salesperson, id, discovery.open(salesperson, id).getVersion(), AnswerField.CHANNELS, null,
                "TARGETED_ADS=PROFIT");
        reopen(path, Question.ATTRACTION);

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("evidence-CHANNELS")), Evidence.ASSUMPTION);

        reopen(path, Question.ATTRACTION);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("evidence-CHANNELS")).getValue())
                .isEqualTo(Evidence.ASSUMPTION);
        _click(_get(Button.class, spec -> spec.withId("step-" + (Question.values().length + 1))));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("recommendation-verify")))
                .extracting(Paragraph::getText).anySatisfy(text -> assertThat(text).startsWith("Сначала проверить:")
                        .contains("Каналы и их результат"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyChannelTheClientAsksForGetsAnAnswerOnTheSummary() {
        String path = startSession("Юристы по банкротству");
        openStep(path, Question.RETENTION);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("answer-PURCHASE_FREQUENCY")), PurchaseFrequency.ONE_OFF);
        openStep(path, Question.ATTRACTION);
        ChannelRequestsEditor requests = _get(ChannelRequestsEditor.class, spec -> spec.withId("answer-REQUESTED_CHANNELS"));
        Checkbox loyalty = _find(requests, Checkbox.class).stream()
                .filter(box -> box.getLabel().equals("Программа лояльности и бренд")).findFirst().orElseThrow();
        _setValue(loyalty, true);
        Select<Object> motive = (Select<Object>) (Select<?>) _find(requests, Select.class).stream()
                .filter(select -> String.valueOf(select.getAriaLabel().orElse("")).contains("Программа лояльности"))
                .findFirst().orElseThrow();
        _setValue(motive, RequestMotive.COMPETITORS);

        _click(_get(Button.class, spec -> spec.withId("step-" + (Question.values().length + 1))));

        Div verdicts = _get(Div.class, spec -> spec.withId("verdicts"));
        ListItem verdict = _find(verdicts, ListItem.class).stream()
                .filter(item -> Channel.LOYALTY_BRANDING.name().equals(item.getElement().getAttribute("data-channel")))
                .findFirst().orElseThrow();
        assertThat(verdict.getElement().getTextRecursively()).contains("Не сейчас", "Ваш довод: есть у конкурентов",
                "покупают один раз", "Что может изменить ответ");
    }

    @Test
    void aBudgetGivesATestPlanWhoseLinesSumToIt() {
        String path = startSession("Флорист");
        openStep(path, Question.SCALING);
        _setValue(_get(_get(NumberAnswerField.class, spec -> spec.withId("answer-MONTHLY_BUDGET")), TextField.class,
                spec -> { }), "30000");

        _click(_get(Button.class, spec -> spec.withId("step-" + (Question.values().length + 1))));

        Div plan = _get(Div.class, spec -> spec.withId("test-plan"));
        assertThat(plan.getElement().getTextRecursively()).contains("План тестов на первые 3 месяца",
                "Бюджет: 30\u202F000\u00A0₽ в месяц, 90\u202F000\u00A0₽ за 3 месяца.");
    }

    private static void openStep(String path, Question question) {
        _click(_get(Button.class, spec -> spec.withId("step-" + question.number())));
    }

    private static void reopen(String path, Question question) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(path);
        openStep(path, question);
    }
}
