package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.BriefDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Round 4 of the strategist's adversarial review of issue 13 (branch adv13d, findings 34 and up in
 * {@code docs/reviews/adv13d-findings.md}). Like {@link StrategistChecksTest}, each check runs over every
 * scenario, old and new, and fails on purpose until the engine is fixed: each failure names the scenario
 * and the finding. No engine code was changed for these checks.
 * <p>
 * Per-scenario keys read here (the suite's own checks do not know them):
 * <ul>
 * <li>{@code expect.summary.goalOutOfReach = true} — the summary must say the client's goal cannot be met as
 * stated (finding 35);</li>
 * <li>{@code expect.rule.never = rule-id, …} — no recommendation may cite these rules (finding 38);</li>
 * <li>{@code expect.plan.maxTargetRatio = 2.5} — a plan line whose KPI grows (conversion, retention) may aim at
 * most this many times today's value (finding 38).</li>
 * </ul>
 */
class StrategistChecksRound4Test {

    /**
     * A stop threshold for a cost KPI further than this above today's value is no threshold: the line runs
     * until every client brings no profit at all (finding 37). The engine's own SCALE lines stop at 1.25×.
     */
    static final double STOP_CEILING = 2.0;

    /** Channels that need buyers to exist: they ask past clients to review, recommend or buy again. */
    private static final Set<Channel> NEEDS_BUYERS = EnumSet.of(Channel.REFERRAL_PROGRAMME,
            Channel.REVIEWS_REPUTATION, Channel.CRM_MARKETING, Channel.EMAIL, Channel.LOYALTY_BRANDING,
            Channel.ONBOARDING_CHURN);

    @TestFactory
    Stream<DynamicTest> theNumbersSentenceIsPrintedOnlyWhenTheClientGaveTheNumbers() {
        return each("F34 «по вашим же цифрам» without numbers", (scenario, a, broken) -> {
            Answers answers = ScenarioRun.answers(scenario);
            // summary.focus.RAISE_CLIENT_VALUE = "по вашим же цифрам новый клиент обходится примерно во столько,
            // сколько приносит, или дороже…" — a claim about cost per lead ÷ conversion against margin
            if (a.summary().focus() == Summary.Focus.RAISE_CLIENT_VALUE
                    && (answers.costPerLead() == null || answers.leadConversion() == null)) {
                broken.add("summary says «по вашим же цифрам новый клиент обходится … дороже» but the client gave "
                        + (answers.costPerLead() == null ? "no cost per lead" : "")
                        + (answers.costPerLead() == null && answers.leadConversion() == null ? " and " : "")
                        + (answers.leadConversion() == null ? "no lead→sale conversion" : "")
                        + " (focus comes from a thin margin of " + answers.grossMargin() + " %)");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> atCapacityTheSummaryDoesNotEndorseAGoalOfMoreClients() {
        return each("F35 «больше клиентов не примете» vs the goal", (scenario, a, broken) -> {
            Answers answers = ScenarioRun.answers(scenario);
            Summary summary = a.summary();
            ExpansionTarget target = answers.expansionTarget();
            boolean newPlace = target == ExpansionTarget.NEW_DISTRICT || target == ExpansionTarget.NEW_CITY
                    || target == ExpansionTarget.NEW_REGION;
            if (summary.focus() == Summary.Focus.EARN_MORE_PER_CLIENT && newPlace) {
                broken.add("summary says «больше клиентов вы сейчас не примете» while the client opens a new place ("
                        + target + ") and the goal is «" + summary.growthGoal() + "»");
            }
            if ("true".equals(scenario.get("expect.summary.goalOutOfReach")) && summary.goalOutOfReach() == null) {
                broken.add("the summary endorses «" + summary.growthGoal() + "» (" + answers.growthHorizon()
                        + ") although CAPACITY is " + answers.capacity() + ": it must say the goal cannot be met as stated");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> noTargetOrStopOfACostIsZero() {
        return each("F36 zero targets", (scenario, a, broken) -> {
            TestPlan plan = a.testPlan();
            if (plan == null) {
                return;
            }
            for (PlannedTest line : plan.lines()) {
                if (!line.kpi().lowerIsBetter()) {
                    continue;
                }
                if (line.target() != null && line.target().value().signum() <= 0) {
                    broken.add(line.channel() + " " + line.kind() + ": target " + line.kpi() + " "
                            + line.target().value().toPlainString() + " — «продолжаем при 0 ₽ и ниже»");
                }
                if (line.stop() != null && line.stop().value().signum() <= 0) {
                    broken.add(line.channel() + " " + line.kind() + ": stop at " + line.kpi() + " "
                            + line.stop().value().toPlainString() + " — it stops on its first rouble");
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> aStopThresholdIsCloseEnoughToTodayToEverStop() {
        return each("F37 stop at the client's whole margin", (scenario, a, broken) -> {
            TestPlan plan = a.testPlan();
            if (plan == null) {
                return;
            }
            for (PlannedTest line : plan.lines()) {
                if (!line.kpi().lowerIsBetter() || line.baseline() == null || line.stop() == null) {
                    continue;
                }
                double baseline = line.baseline().value().doubleValue();
                double stop = line.stop().value().doubleValue();
                if (baseline > 0 && stop > STOP_CEILING * baseline) {
                    broken.add(String.format("%s %s: today %,.0f, stop only above %,.0f (%.1f× today) — the line runs "
                            + "until a client brings no profit", line.channel(), line.kind(), baseline, stop, stop / baseline));
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> aTargetIsAStepFromTodayNotAWish() {
        return each("F38 targets and rules a scenario forbids", (scenario, a, broken) -> {
            List<String> forbidden = Scenario.list(scenario.get("expect.rule.never"), ",");
            for (Recommendation r : a.recommendations()) {
                r.reasons().stream().map(Reason::rule).filter(forbidden::contains).distinct().forEach(rule ->
                        broken.add(r.channel() + " cites rule " + rule));
            }
            String ratio = scenario.get("expect.plan.maxTargetRatio");
            if (ratio == null || a.testPlan() == null) {
                return;
            }
            double most = Double.parseDouble(ratio);
            for (PlannedTest line : a.testPlan().lines()) {
                if (line.kpi().lowerIsBetter() || line.baseline() == null || line.target() == null
                        || line.baseline().value().signum() <= 0) {
                    continue;
                }
                double times = line.target().value().doubleValue() / line.baseline().value().doubleValue();
                if (times > most) {
                    broken.add(String.format("%s %s aims at %s %s from %s today (%.1f×) in %d weeks", line.channel(),
                            line.kind(), line.kpi(), line.target().value().toPlainString(),
                            line.baseline().value().toPlainString(), times, line.weeks()));
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> withNoBuyersYetNothingAsksPastBuyers() {
        return each("F39 zero leads, zero buyers", (scenario, a, broken) -> {
            Answers answers = ScenarioRun.answers(scenario);
            if (answers.leadsPerMonth() == null || answers.leadsPerMonth().signum() != 0 || a.testPlan() == null) {
                return;
            }
            for (PlannedTest line : a.testPlan().lines()) {
                if (NEEDS_BUYERS.contains(line.channel()) && line.startWeek() <= 4) {
                    broken.add(line.channel() + " " + line.kind() + " from week " + line.startWeek() + " ("
                            + line.rubles() + " ₽) with 0 leads a month: there is nobody to ask yet");
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> thePlanKeepsTodaysMoneyOnChannelsThatPayWhenItSaysSo() {
        return each("F48 today's money cut on paying channels", (scenario, a, broken) -> {
            Answers answers = ScenarioRun.answers(scenario);
            TestPlan plan = a.testPlan();
            if (plan == null || answers.leadsPerMonth() == null || answers.costPerLead() == null) {
                return;
            }
            Double worth = TestPlans.clientValue(answers);
            if (worth == null || answers.leadConversion() == null || answers.leadConversion().signum() <= 0) {
                return;
            }
            double cac = answers.costPerLead().doubleValue() * 100 / answers.leadConversion().doubleValue();
            if (cac > worth) {
                // the client's numbers say a client does not pay: a cut is right there (finding 4), only its words
                // are at issue, not the money
                return;
            }
            long today = answers.leadsPerMonth().multiply(answers.costPerLead()).longValue();
            long reference = Math.min(today, plan.monthlyBudget());
            // the one platform the client wants to depend on less keeps today's money in month 1 at most and gives a
            // tenth a month to the own sources after it (125): that fall is the client's goal, so it counts its first month
            PlannedTest platform = OwnSources.platform(plan);
            long kept = plan.lines().stream().filter(l -> l.kind().keeps()
                    && l.channel().group() == Channel.Group.ACQUISITION).mapToLong(l -> l == platform
                            ? OwnSources.firstMonth(plan.monthly(l), plan.months()) : StrategistChecksTest.monthly(l)).sum();
            long tests = plan.lines().stream().filter(l -> l.kind() == PlannedTest.Kind.TEST
                    && l.channel().group() == Channel.Group.ACQUISITION).mapToLong(StrategistChecksTest::monthly).sum();
            long reserve = plan.reserve() / Math.max(1, plan.months());
            // the free channels' share held in the reserve until their spend is named is kept for them, and the
            // brief says so (finding 100, adv13j: «назовите сумму», as in 82)
            long heldForFree = plan.freeLeadsHeld() ? reserve : 0;
            if (reference > 0 && (kept + heldForFree) * 10 < reference * 9 && (reserve > 0 || tests > 0)) {
                broken.add("«Каналы, которые приводят клиентов сегодня, сохраняют деньги, которые стоят сейчас», yet the "
                        + "channels that bring " + answers.leadsPerMonth() + " leads at ≈" + Math.round(cac) + " ₽ a client "
                        + "(worth ≈" + Math.round(worth) + " ₽) get " + kept + " ₽ a month of ≈" + reference + " ₽ today ("
                        + kept * 100 / reference + " %), while " + reserve + " ₽ a month sits in reserve and " + tests
                        + " ₽ a month goes to new acquisition tests");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> whatTheBriefSaysToVerifyIsAQuestionForTheNextMeeting() {
        return each("F49 «исследование завершено» beside «сначала проверить»", (scenario, a, broken) -> {
            List<Recommendation> toVerify = a.recommendations().stream().filter(r -> !r.verify().isEmpty()).toList();
            if (toVerify.isEmpty()) {
                return;
            }
            // read as the client reads it: the rendered brief, in both languages
            for (String language : List.of("ru", "en")) {
                Locale locale = Locale.forLanguageTag(language);
                ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                String text = pdfText(ScenarioBriefs.pdf(ScenarioBriefs.brief(scenario, locale))).replaceAll("\\s+", " ");
                for (String none : List.of("brief.plan.questions.none", "brief.questions.none")) {
                    if (text.contains(bundle.getString(none))) {
                        broken.add(language + ": «" + bundle.getString(none) + "» although " + toVerify.stream()
                                .map(r -> r.channel() + " says «Сначала проверить: " + r.verify() + "»").toList());
                    }
                }
                for (Recommendation r : toVerify) {
                    for (AnswerField field : r.verify()) {
                        String asked = java.text.MessageFormat.format(bundle.getString("brief.questions.verify"),
                                bundle.getString("field." + field.name() + ".label"), "");
                        asked = asked.substring(0, asked.indexOf('?') + 1);
                        if (!text.contains(asked)) {
                            broken.add(language + ": «Сначала проверить: " + field + "» at " + r.channel()
                                    + " is no question for the next meeting («" + asked + "»)");
                        }
                    }
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> aMarketplaceThatPaysNeedsNoSiteToBeBelieved() {
        return each("F50 marketplace «verify the site»", (scenario, a, broken) -> a.recommendations().stream()
                .filter(r -> r.channel() == Channel.MARKETPLACES && r.verify().contains(AnswerField.SITE))
                .forEach(r -> broken.add("MARKETPLACES " + r.stage() + " says «Сначала проверить: Сайт или лендинг» — a "
                        + "marketplace (or Avito, Yandex Eda) sells without the seller's own site; SITE=" + ScenarioRun
                        .answers(scenario).site())));
    }

    @TestFactory
    Stream<DynamicTest> theCheapestChannelNeverWaitsForBudget() {
        return each("F56 a 3 000 ₽ channel waits «for budget»", (scenario, a, broken) -> {
            TestPlan plan = a.testPlan();
            if (plan == null) {
                return;
            }
            for (Channel waiting : plan.waiting()) {
                // what one usual month of it costs, against a month of the client's budget
                if (waiting.testBudget() * 20 <= plan.monthlyBudget()) {
                    broken.add(waiting + " (a usual month ≈" + waiting.testBudget() + " ₽) waits for budget in a plan of "
                            + plan.monthlyBudget() + " ₽ a month");
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> thePdfBriefSaysTheGoalIsOutOfReachInsteadOfDroppingIt() {
        return each("F59 the PDF drops an out-of-reach goal", (scenario, a, broken) -> {
            if (a.summary().goalOutOfReach() == null) {
                return;
            }
            // the sentence the fix of finding 15 added (summary.goal.outOfReach) is used by the wizard's summary step
            // only; page 1 of the PDF takes summary.growthGoal(), which is null for such a goal, and drops the row
            for (String language : List.of("ru", "en")) {
                Locale locale = Locale.forLanguageTag(language);
                ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                // the screen's sentence for the reason the goal is out of reach: its deadline, or capacity
                Summary.GoalLimit limit = a.summary().outOfReachBecause();
                String sentence = bundle.getString(limit == Summary.GoalLimit.HORIZON ? "summary.goal.outOfReach"
                        : "summary.goal.outOfReach." + limit.name());
                String placeholder = sentence.contains("{1}") ? "{1}" : "{0}";
                String fixed = sentence.substring(sentence.indexOf(placeholder) + 3).strip();
                fixed = fixed.substring(fixed.indexOf(' ') + 1, Math.min(fixed.length(), fixed.indexOf(' ') + 30));
                BriefDocument brief = ScenarioBriefs.brief(scenario, locale);
                String text = pdfText(ScenarioBriefs.pdf(brief)).replaceAll("\\s+", " ");
                if (!text.contains(fixed)) {
                    broken.add(language + " PDF: the goal «" + a.summary().goalOutOfReach() + "» (" + scenario.get("GROWTH_HORIZON")
                            + ") is out of reach, and the brief neither shows it on page 1 nor says «" + fixed + "…»");
                }
            }
        });
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- plumbing (as in StrategistChecksTest)

    interface Check {
        void run(Scenario scenario, Assessment assessment, List<String> broken);
    }

    private static Stream<DynamicTest> each(String finding, Check check) {
        return Scenario.all().stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
            List<String> broken = new ArrayList<>();
            check.run(scenario, ScenarioRun.assess(scenario), broken);
            // a check the engine cannot pass yet for this client is reported as skipped with the finding it
            // waits for (key open.<F-number> in the scenario), never hidden; once it passes, the key must go
            String open = scenario.get("open." + finding.split(" ")[0]);
            if (open != null) {
                assertThat(broken).as(finding + " — " + scenario.name() + " passes: remove its open."
                        + finding.split(" ")[0]).isNotEmpty();
                org.junit.jupiter.api.Assumptions.abort(open + " — " + broken);
            }
            assertThat(broken).as(finding + " — " + scenario.name()).isEmpty();
        }));
    }
}
