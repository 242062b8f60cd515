package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoundationAndGrowthRulesTest {

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void badReviewsAreANamedProblemFixedBeforeAnyTrafficIsBought() {
        Answers answers = complete().with(AnswerField.REVIEWS, Reviews.BAD).withGeography(Geography.CITY)
                .withChannels(java.util.List.of()).build();

        var recommendations = engine.assess(answers).recommendations();

        assertThat(recommendations.get(0).channel()).isEqualTo(Channel.REVIEWS_REPUTATION);
        assertThat(InvariantsTest.find(recommendations, Channel.CONTEXTUAL_ADS).prerequisites())
                .contains(Channel.REVIEWS_REPUTATION);
    }

    @Test
    void aLocalBusinessMissingFromTheMapsGetsListedFirstAndAnOnlineShopDoesNot() {
        Answers local = complete().withGeography(Geography.CITY).with(AnswerField.SITE, Site.CONVERTING)
                .with(AnswerField.MAPS, MapListings.NONE).build();
        Answers shop = complete().withGeography(Geography.CITY).with(AnswerField.MAPS, MapListings.NONE).build();

        assertThat(FoundationRules.NOT_ON_MAPS.fire(local)).extracting(Proposal::channel, Proposal::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Channel.MAP_LISTINGS, Stage.DO_FIRST));
        assertThat(FoundationRules.NOT_ON_MAPS.fire(shop)).isEmpty();
    }

    @Test
    void aNewDistrictGetsTheMapsAndTheNeighboursNotANationalCampaign() {
        Answers answers = complete().withGeography(Geography.CITY).with(AnswerField.SITE, Site.CONVERTING)
                .with(AnswerField.EXPANSION_TARGET, ExpansionTarget.NEW_DISTRICT).build();

        var channels = engine.assess(answers).recommendations().stream().map(Recommendation::channel).toList();

        assertThat(channels).contains(Channel.MAP_LISTINGS, Channel.PARTNER_MARKETING)
                .doesNotContain(Channel.MARKET_ANALYSIS, Channel.MARKETPLACES);
    }

    @Test
    void aNewRegionIsStudiedFirstAndReachedWithPartnersThere() {
        Answers answers = complete().withGeography(Geography.CITY).withAnalytics(AnalyticsLevel.PARTLY)
                .with(AnswerField.EXPANSION_TARGET, ExpansionTarget.NEW_REGION).build();

        var recommendations = engine.assess(answers).recommendations();

        assertThat(InvariantsTest.find(recommendations, Channel.MARKET_ANALYSIS).stage()).isEqualTo(Stage.DO_FIRST);
        assertThat(recommendations).extracting(Recommendation::channel).contains(Channel.PARTNER_MARKETING);
        assertThat(engine.assess(answers).summary().focus()).isEqualTo(Summary.Focus.ENTER_NEW_MARKET);
    }

    @Test
    void goingAbroadOutweighsTheChannelsThatPayAtHomeAndTestsDemandThroughTheMarketplacesTheClientSellsOn() {
        Answers answers = complete().with(AnswerField.EXPANSION_TARGET, ExpansionTarget.ABROAD)
                .withChannels(java.util.List.of(new ChannelUse(CurrentChannel.MARKETPLACES, ChannelOutcome.PROFIT),
                        new ChannelUse(CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.PROFIT))).build();

        Assessment assessment = engine.assess(answers);

        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.ENTER_NEW_MARKET);
        Recommendation marketplaces = InvariantsTest.find(assessment.recommendations(), Channel.MARKETPLACES);
        assertThat(marketplaces.isKept()).isTrue();
        assertThat(marketplaces.reasons()).extracting(Reason::rule).contains("expansion-abroad-marketplaces");
        // a channel that drains the budget is no way into a new country
        Answers draining = complete().with(AnswerField.EXPANSION_TARGET, ExpansionTarget.ABROAD)
                .withChannels(java.util.List.of(new ChannelUse(CurrentChannel.MARKETPLACES,
                        ChannelOutcome.DRAINS_BUDGET))).build();
        assertThat(GrowthRules.ABROAD_THROUGH_MARKETPLACES.fire(draining)).isEmpty();
    }

    @Test
    void aNationalBusinessWantingMoreOfTheCountryNeedsNoStudyOfItsOwnMarket() {
        Answers answers = complete().with(AnswerField.EXPANSION_TARGET, ExpansionTarget.WHOLE_COUNTRY).build();

        assertThat(GrowthRules.NEW_TERRITORY.fire(answers)).extracting(Proposal::channel)
                .doesNotContain(Channel.MARKET_ANALYSIS).contains(Channel.PARTNER_MARKETING);
    }

    @Test
    void atTheLimitOfCapacityThePriceComesFirstAndNoNewAcquisitionIsTested() {
        Answers answers = complete().with(AnswerField.CAPACITY, Capacity.AT_LIMIT)
                .withDecision(DecisionProcess.IMPULSE).build();

        var recommendations = engine.assess(answers).recommendations();

        assertThat(recommendations.get(0).channel()).isEqualTo(Channel.PRICING);
        assertThat(recommendations).filteredOn(r -> r.channel().group() == Channel.Group.ACQUISITION)
                .allSatisfy(r -> assertThat(r.isKept()).isTrue());
    }
}
