package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * 137, w13av's leftover (03, renovation, one-off): SEO got its usual cost and the excess went to the reserve (37 %),
 * while the client's own lever, the partners, kept 18 461 ₽ · 3 % for 8 weeks. The strategist wants ≈ 55 000 ₽ for a
 * manager and the partners' fees, over the plan. Rule: what a slow test cannot use funds the levers' new tests first —
 * over the whole plan, up to the money a week of the kept lever (here the referrals, 60 000 ₽ over 13 weeks) — and
 * only the rest is reserve.
 */
class LeverBeforeReserveW13baTest {

    @Test
    void theExcessOfASlowTestFundsThePartnerLeverOverThePlanBeforeTheReserve() {
        TestPlan plan = new StrategyEngine().assess(client("03-renovation-one-off.scenario")).testPlan();
        PlannedTest partners = line(plan, Channel.PARTNER_MARKETING);
        PlannedTest seo = line(plan, Channel.SEO_CONTENT);
        assertThat(partners.startWeek()).isEqualTo(1);
        assertThat(partners.startWeek() + partners.weeks() - 1).isGreaterThanOrEqualTo(plan.weeks());
        assertThat(partners.rubles()).isBetween(50_000L, 65_000L);
        assertThat(seo.rubles()).isLessThanOrEqualTo(83_077L);
        assertThat(plan.reservePercent()).isLessThan(37);
        // the new test does not outspend the referrals, the lever kept from today
        assertThat(partners.rubles()).isLessThanOrEqualTo(line(plan, Channel.REFERRAL_PROGRAMME).rubles());
    }

    private static PlannedTest line(TestPlan plan, Channel channel) {
        return plan.lines().stream().filter(l -> l.channel() == channel).findFirst().orElseThrow();
    }
}
