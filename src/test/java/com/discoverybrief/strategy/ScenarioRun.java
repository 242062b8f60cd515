package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds a scenario to the engine and reads the assessment back as a {@link ScenarioOutcome}. The only
 * class of the suite that knows the engine's types: answers the engine has no field for are ignored
 * and listed, which is how the suite runs against an older engine.
 */
final class ScenarioRun {

    private static final StrategyEngine ENGINE = new StrategyEngine();

    private ScenarioRun() {
    }

    static ScenarioOutcome of(Scenario scenario) {
        List<String> ignored = new ArrayList<>();
        Answers answers = answers(scenario, ignored);
        Assessment assessment = ENGINE.assess(answers);
        List<ScenarioOutcome.Item> items = assessment.recommendations().stream()
                .map(r -> new ScenarioOutcome.Item(r.channel().name(), r.stage().name(), r.kpi().name(),
                        r.horizon().name(), r.condition().map(Enum::name).orElse(null), false, List.of()))
                .toList();
        return new ScenarioOutcome(items, assessment.summary().focus().name(), null, null, ignored);
    }

    static Answers answers(Scenario scenario, List<String> ignored) {
        AnswersFixtures.Builder builder = AnswersFixtures.answers();
        String model = scenario.get("businessModel");
        if (model != null) {
            builder.withBusinessModel(BusinessModel.valueOf(model));
        }
        String geography = scenario.get("geography");
        if (geography != null) {
            builder.withGeography(Geography.valueOf(geography));
        }
        String size = scenario.get("companySize");
        if (size != null) {
            builder.withSize(CompanySize.valueOf(size));
        }
        String budget = scenario.get("budget");
        if (budget != null) {
            builder.withBudget(BudgetRange.valueOf(budget));
        }
        Map<String, AnswerField> fields = new LinkedHashMap<>();
        Arrays.stream(AnswerField.values()).forEach(field -> fields.put(field.name(), field));
        scenario.answers().forEach((key, value) -> {
            AnswerField field = fields.get(key);
            if (field == null) {
                ignored.add(key);
            } else {
                set(builder, field, value);
            }
        });
        scenario.evidence().keySet().forEach(key -> ignored.add("evidence." + key));
        return builder.build();
    }

    private static void set(AnswersFixtures.Builder builder, AnswerField field, String value) {
        switch (field) {
            case SEGMENTS -> builder.withSegments(value);
            case PAINS -> builder.withPains(value);
            case DECISION_PROCESS -> builder.withDecision(DecisionProcess.valueOf(value));
            case SALES_CYCLE -> builder.withSalesCycle(SalesCycle.valueOf(value));
            case DECISION_MAKERS -> builder.withDecisionMakers(value);
            case PRODUCT -> builder.withProduct(value);
            case USP -> builder.withUsp(value);
            case USP_CLARITY -> builder.withUspClarity(UspClarity.valueOf(value));
            case COMPETITORS -> builder.withCompetitors(value);
            case PRICE_POSITIONING -> builder.withPrice(PricePositioning.valueOf(value));
            case CHANNELS -> Arrays.stream(value.split(";")).map(pair -> pair.split("="))
                    .forEach(pair -> builder.withChannel(CurrentChannel.valueOf(pair[0].strip()),
                            ChannelOutcome.valueOf(pair[1].strip())));
            case ANALYTICS -> builder.withAnalytics(AnalyticsLevel.valueOf(value));
            case ONLINE_PRESENCE -> builder.withOnlinePresence(value);
            case REPEAT_SHARE -> builder.withRepeatShare(RepeatShare.valueOf(value));
            case CUSTOMER_BASE -> builder.withCustomerBase(CustomerBase.valueOf(value));
            case LOYALTY -> builder.withLoyalty(value);
            case CHURN_REASONS -> builder.withChurnReasons(value);
            case GROWTH_GOAL -> builder.withGrowthGoal(value);
            case GROWTH_HORIZON -> builder.withGrowthHorizon(GrowthHorizon.valueOf(value));
            case NEW_MARKETS -> builder.withNewMarkets(value);
            case CONSTRAINTS -> builder.withConstraints(value);
        }
    }
}
