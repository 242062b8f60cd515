package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Findings 159 (adv13q), 153 and 154 (adv13p): a row says what its money and its reading are.
 * <ul>
 * <li>159, scenario 10: «Выставки 1 200 000 ₽ · 50 %» beside «Расходы на нынешние каналы вы не назвали: … они получают
 * обычную стоимость». A channel the client runs, with no spend named, gets its usual cost; the rest is in the reserve.</li>
 * <li>153, scenarios 22 and 48: «добавленные деньги продолжаем…» on ads that get exactly what the plan keeps for them; and
 * 48's e-mail, its figure «записать до старта», labelled «Масштабировать постепенно».</li>
 * <li>154, scenario 03: a one-off buyer's CRM line read on the referral row's share with the referral row's lever; its job
 * is the ask for a recommendation and a review with photos after the job, read on those reviews.</li>
 * </ul>
 */
class AdviceAgreesWithItsMoneyW13bhTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;
    private static final String PACKAGING = "10-packaging-lines-manufacturer";
    private static final String SCHOOL = "22-online-school-adults";
    private static final String PET_SHOP = "48-pet-shop-billboards";
    private static final String RENOVATION = "03-renovation-one-off";
    private static final String VENTILATION = "35-ventilation-installer-b2b-one-off";

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void aChannelRunTodayWithNoSpendNamedGetsItsUsualCostAsTheBriefSays() throws Exception {
        TestPlan plan = engine.assess(client(PACKAGING + ".scenario")).testPlan();
        PlannedTest events = line(plan, Channel.EVENTS);
        // a paying channel's usual cost: twice the catalogue's, over the plan's three months — never doubled again blind
        assertThat(events.rubles()).isLessThanOrEqualTo(usualKeptCost(Channel.EVENTS, events));
        assertThat(plan.lines().stream().mapToLong(PlannedTest::rubles).sum() + plan.reserve())
                .isEqualTo(plan.monthlyBudget() * plan.months());

        String brief = ScenarioBriefs.text(PACKAGING, RU).replace('\u00A0', ' ').replace('\u202F', ' ');
        assertThat(brief).contains("они получают обычную стоимость").doesNotContain("1 200 000 ₽");
    }

    @Test
    void theSameHoldsForAnotherMakerWhoseExhibitionsPay() {
        // a wholesale kidswear maker: exhibitions pay, their spend not named — they were stretched to 761 616 ₽ while the
        // tracking got less than its usual cost
        TestPlan plan = engine.assess(client("27-kidswear-manufacturer-wholesale.scenario")).testPlan();
        PlannedTest events = line(plan, Channel.EVENTS);
        assertThat(plan.todaysSpend()).isZero();
        assertThat(events.rubles()).isLessThanOrEqualTo(usualKeptCost(Channel.EVENTS, events));
    }

    @Test
    void adsThatKeepTodaysMoneyAreHeldNotReadOnAddedMoney() throws Exception {
        TestPlan plan = engine.assess(client(SCHOOL + ".scenario")).testPlan();
        // the ads get what the plan keeps for them, 405 000 ₽ a month, and no more
        long ads = line(plan, Channel.TARGETED_ADS).rubles() + line(plan, Channel.CONTEXTUAL_ADS).rubles();
        assertThat(ads).isEqualTo(plan.keptMonthly() * plan.months());
        assertThat(plan.keptMonthly()).isLessThanOrEqualTo(plan.todaysSpend());

        String ru = ScenarioBriefs.text(SCHOOL, RU).replace('\u00A0', ' ').replace('\u202F', ' ');
        assertThat(ru).doesNotContain("добавленные деньги").doesNotContain("добавленных денег")
                .contains("до ответа о расходах держим").contains("405 000 ₽ в месяц")
                .contains("по каждому из них;").contains("добавляем, когда цифра записана");
        String en = ScenarioBriefs.text(SCHOOL, EN).replace('\u00A0', ' ').replace('\u202F', ' ');
        assertThat(en).doesNotContain("added money").contains("until you tell us the spend, we hold");

        String pets = ScenarioBriefs.text(PET_SHOP, RU).replace('\u00A0', ' ').replace('\u202F', ' ');
        assertThat(pets).doesNotContain("добавленные деньги").contains("до ответа о расходах держим");
    }

    @Test
    void aScaledLineWhoseFigureIsStillToBeRecordedIsMeasuredFirst() throws Exception {
        TestPlan plan = engine.assess(client(PET_SHOP + ".scenario")).testPlan();
        PlannedTest email = line(plan, Channel.EMAIL);
        assertThat(email.kind()).isEqualTo(PlannedTest.Kind.SCALE);
        assertThat(email.baseline()).isNull();

        String ru = ScenarioBriefs.text(PET_SHOP, RU);
        assertThat(ru).doesNotContain("Масштабировать постепенно");
        String en = ScenarioBriefs.text(PET_SHOP, EN);
        assertThat(en).doesNotContain("Scale gradually");
    }

    @Test
    void aOneOffBuyersBaseAsksForReviewsWithPhotosBesideTheReferralLine() throws Exception {
        TestPlan plan = engine.assess(client(RENOVATION + ".scenario")).testPlan();
        assertThat(line(plan, Channel.REFERRAL_PROGRAMME).kpi()).isEqualTo(Kpi.REFERRAL_SHARE);
        assertThat(line(plan, Channel.CRM_MARKETING).kpi()).isEqualTo(Kpi.REVIEWS_WITH_PHOTOS);

        String ru = ScenarioBriefs.text(RENOVATION, RU);
        assertThat(ru).contains("Отзывы клиентов с фото").contains("после сдачи заказа просим каждого");
        // the reward is the referral row's lever alone
        assertThat(ru.split("вознаграждение", -1)).hasSize(2);
        String en = ScenarioBriefs.text(RENOVATION, EN);
        assertThat(en).contains("Customer reviews with").contains("review with photos of the result");

        // where there is no referral line, the base is the one that reads the recommendations
        TestPlan alone = engine.assess(client(VENTILATION + ".scenario")).testPlan();
        assertThat(alone.lines().stream().noneMatch(l -> l.channel() == Channel.REFERRAL_PROGRAMME)).isTrue();
        assertThat(line(alone, Channel.CRM_MARKETING).kpi()).isEqualTo(Kpi.REFERRAL_SHARE);
    }

    /** A kept paying channel's usual cost over its weeks: twice the catalogue's monthly price. */
    private static long usualKeptCost(Channel channel, PlannedTest line) {
        return Math.round(channel.testBudget() * (double) Math.min(line.weeks(), TestPlans.WEEKS - line.startWeek() + 1) * TestPlans.MONTHS
                / TestPlans.WEEKS * TestPlans.KEPT_WEIGHT);
    }
}
