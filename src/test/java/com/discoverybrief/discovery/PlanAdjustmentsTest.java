package com.discoverybrief.discovery;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static com.discoverybrief.discovery.DiscoveryFixtures.accountManager;
import static com.discoverybrief.discovery.DiscoveryFixtures.lead;
import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.brief.BriefDocument;
import com.discoverybrief.strategy.Adjustment;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.Stage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Issue 19: the account manager's adjustments and note, by role, under the conflict rule, into the brief. */
@SpringBootTest
class PlanAdjustmentsTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    DiscoveryService discovery;

    @Autowired
    PlanAdjustments plans;

    @Autowired
    SessionHistory history;

    @Autowired
    BriefExports briefs;

    private final Actor anna = salesperson();
    private final Actor manager = accountManager();

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    @Test
    void anAccountManagerAdjustsWithAReasonAndEveryoneWhoSeesTheSessionSeesItWhileTheEngineKeepsItsOutput() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        List<Recommendation> engine = discovery.assessment(signedIn(anna), session.getId()).assessment().recommendations();
        Channel first = engine.get(0).channel();
        AdjustedPlan before = plans.plan(signedIn(manager), session.getId());
        assertThat(before.adjusted()).isFalse();
        assertThat(before.recommendations()).isEqualTo(engine);

        AdjustedPlan after = plans.adjust(signedIn(manager), session.getId(), before.revision(), Adjustment.hide(first),
                "  Клиент уже\u0007 сделал это сам  ");

        assertThat(after.recommendations()).extracting(Recommendation::channel).doesNotContain(first);
        assertThat(after.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.reason()).isEqualTo("Клиент уже сделал это сам");
            assertThat(a.author()).isEqualTo(manager.displayName());
            assertThat(a.applies()).isTrue();
        });
        assertThat(after.hidden()).extracting(Recommendation::channel).containsExactly(first);
        // the engine's output is unchanged; the owner and a lead read the same final plan
        assertThat(discovery.assessment(signedIn(anna), session.getId()).assessment().recommendations()).isEqualTo(engine);
        assertThat(plans.plan(signedIn(anna), session.getId()).recommendations()).isEqualTo(after.recommendations());
        assertThat(plans.plan(signedIn(lead()), session.getId()).adjustments()).hasSize(1);
        assertThat(discovery.open(signedIn(anna), session.getId()).getPlanAdjustments()).isEqualTo(1);
        // in the session's history, with the reason
        assertThat(history.timeline(signedIn(anna), session.getId()))
                .filteredOn(e -> e.kind() == TimelineEntry.Kind.ADJUSTED).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(manager.username());
                    assertThat(e.detail()).isEqualTo("Клиент уже сделал это сам");
                    assertThat(e.adjustment()).isEqualTo(Adjustment.hide(first));
                });
    }

    @Test
    void onlyAccountManagersAdjustOrWriteTheNote() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        Channel first = plans.plan(signedIn(anna), session.getId()).recommendations().get(0).channel();

        assertThatThrownBy(() -> plans.adjust(signedIn(anna), session.getId(), 0, Adjustment.hide(first), "Не нужно"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.adjust(signedIn(lead()), session.getId(), 0, Adjustment.hide(first), "Не нужно"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.saveAgencyNote(signedIn(anna), session.getId(), null, "Привет"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.plan(signedIn(salesperson()), session.getId()))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(plans.plan(signedIn(anna), session.getId()).adjusted()).isFalse();
    }

    @Test
    void aReasonIsRequiredInPlainWordsAndAnAdjustmentMustFitThePlan() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        AdjustedPlan plan = plans.plan(signedIn(manager), session.getId());
        Channel first = plan.recommendations().get(0).channel();

        assertThatThrownBy(() -> plans.adjust(signedIn(manager), session.getId(), plan.revision(),
                Adjustment.hide(first), " \u0000\t "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldKey()).isEqualTo("adjustment.reason");
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                });
        assertThatThrownBy(() -> plans.adjust(signedIn(manager), session.getId(), plan.revision(),
                Adjustment.hide(first), "x".repeat(PlanAdjustments.REASON_LIMIT + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.too-long"));
        assertThatThrownBy(() -> plans.adjust(signedIn(manager), session.getId(), plan.revision(),
                Adjustment.add(first, Stage.TEST), "Уже есть в плане"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("adjustment.not-applicable"));
        assertThat(plans.plan(signedIn(manager), session.getId()).adjusted()).isFalse();
    }

    @Test
    void twoColleaguesAdjustingTheSamePlanDoNotSilentlyOverwriteEachOther() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        Actor olga = accountManager();
        AdjustedPlan seenByBoth = plans.plan(signedIn(manager), session.getId());
        Channel first = seenByBoth.recommendations().get(0).channel();
        Channel last = seenByBoth.recommendations().get(seenByBoth.recommendations().size() - 1).channel();

        plans.adjust(signedIn(olga), session.getId(), seenByBoth.revision(), Adjustment.moveDown(first), "Сезон позже");

        assertThatThrownBy(() -> plans.adjust(signedIn(manager), session.getId(), seenByBoth.revision(),
                Adjustment.hide(last), "Нет бюджета"))
                .isInstanceOf(EditConflictException.class);
        AdjustedPlan now = plans.plan(signedIn(manager), session.getId());
        assertThat(now.adjustments()).singleElement().satisfies(a -> assertThat(a.reason()).isEqualTo("Сезон позже"));
        // having seen the colleague's change, the second one goes through on top of it
        AdjustedPlan both = plans.adjust(signedIn(manager), session.getId(), now.revision(), Adjustment.hide(last),
                "Нет бюджета");
        assertThat(both.adjustments()).extracting(PlanAdjustment::reason).containsExactly("Сезон позже", "Нет бюджета");
        // withdrawing follows the same rule
        assertThatThrownBy(() -> plans.withdraw(signedIn(olga), session.getId(), now.revision(),
                both.adjustments().get(0).id())).isInstanceOf(EditConflictException.class);
    }

    @Test
    void twoAdjustmentsSentAtTheSameMomentFromTheSameRevisionNeverBothLand() throws Exception {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        Actor olga = accountManager();
        AdjustedPlan seen = plans.plan(signedIn(manager), session.getId());
        List<Recommendation> engine = seen.recommendations();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Actor actor : List.of(manager, olga)) {
                Channel channel = engine.get(actor == manager ? 0 : 1).channel();
                Callable<Boolean> adjust = () -> {
                    signedIn(actor);
                    start.await();
                    try {
                        plans.adjust(actor, session.getId(), seen.revision(), Adjustment.hide(channel), "Сразу оба");
                        return true;
                    } catch (EditConflictException | OptimisticLockingFailureException e) {
                        return false;
                    } finally {
                        AccountFixtures.signOut();
                    }
                };
                results.add(pool.submit(adjust));
            }
            start.countDown();
            int landed = 0;
            for (Future<Boolean> result : results) {
                landed += result.get() ? 1 : 0;
            }
            assertThat(landed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        AdjustedPlan after = plans.plan(signedIn(manager), session.getId());
        assertThat(after.adjustments()).hasSize(1);
        assertThat(after.revision()).isEqualTo(seen.revision() + 1);
    }

    @Test
    void anAdjustmentWhoseRecommendationVanishedAfterARecomputeIsFlaggedNotDropped() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        discovery.complete(signedIn(anna), session.getId());
        List<Channel> kept = channels(plans.plan(signedIn(manager), session.getId()).recommendations());
        // answers that take away some of the early recommendations
        long version = discovery.open(signedIn(anna), session.getId()).getVersion();
        discovery.saveAnswer(signedIn(anna), session.getId(), version, AnswerField.ANALYTICS, null, "YES");
        discovery.saveAnswer(signedIn(anna), session.getId(), version, AnswerField.USP_CLARITY, null, "CLEAR");
        discovery.saveAnswer(signedIn(anna), session.getId(), version, AnswerField.AUDIENCE_CLARITY, null, "EVIDENCED");
        discovery.saveAnswer(signedIn(anna), session.getId(), version, AnswerField.SEGMENTS, null, "Офисные работники рядом");
        discovery.saveAnswer(signedIn(anna), session.getId(), version, AnswerField.PAINS, null, "Очереди утром");
        discovery.saveAnswer(signedIn(anna), session.getId(), version, AnswerField.USP, null, "Кофе за минуту");
        List<Channel> live = channels(discovery.assessment(signedIn(anna), session.getId()).assessment().recommendations());
        assertThat(live).as("the kept assessment is shown until recomputed").isEqualTo(kept);
        // the recompute is what changes the engine's output for a completed session
        discovery.recompute(signedIn(manager), session.getId());
        List<Channel> recomputed = channels(discovery.assessment(signedIn(anna), session.getId()).assessment().recommendations());
        Channel vanished = kept.stream().filter(c -> !recomputed.contains(c)).findFirst().orElseThrow(
                () -> new AssertionError("these answers should take away one of " + kept + ", got " + recomputed));
        // the same story on a second session, with an adjustment of that channel made before the answers change
        DiscoverySession second = discovery.start(signedIn(anna), "Кофейня 2", RUSSIAN);
        discovery.complete(signedIn(anna), second.getId());
        AdjustedPlan plan = plans.plan(signedIn(manager), second.getId());
        plan = plans.adjust(signedIn(manager), second.getId(), plan.revision(), Adjustment.stage(vanished, Stage.TEST),
                "Сначала проверим");
        plans.saveAgencyNote(signedIn(manager), second.getId(), null, "Начнём с малого.");
        long v = discovery.open(signedIn(anna), second.getId()).getVersion();
        discovery.saveAnswer(signedIn(anna), second.getId(), v, AnswerField.ANALYTICS, null, "YES");
        discovery.saveAnswer(signedIn(anna), second.getId(), v, AnswerField.USP_CLARITY, null, "CLEAR");
        discovery.saveAnswer(signedIn(anna), second.getId(), v, AnswerField.AUDIENCE_CLARITY, null, "EVIDENCED");
        discovery.saveAnswer(signedIn(anna), second.getId(), v, AnswerField.SEGMENTS, null, "Офисные работники рядом");
        discovery.saveAnswer(signedIn(anna), second.getId(), v, AnswerField.PAINS, null, "Очереди утром");
        discovery.saveAnswer(signedIn(anna), second.getId(), v, AnswerField.USP, null, "Кофе за минуту");
        assertThat(plans.plan(signedIn(manager), second.getId()).toReview()).isEmpty();

        discovery.recompute(signedIn(manager), second.getId());

        AdjustedPlan after = plans.plan(signedIn(lead()), second.getId());
        assertThat(after.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.applies()).isFalse();
            assertThat(a.reason()).isEqualTo("Сначала проверим");
        });
        assertThat(after.toReview()).hasSize(1);
        assertThat(after.adjusted()).isTrue();
        assertThat(after.agencyNote()).isEqualTo("Начнём с малого.");
        assertThat(channels(after.recommendations())).isEqualTo(recomputed);
        // reviewed and withdrawn by an account manager: the history keeps both
        AdjustedPlan withdrawn = plans.withdraw(signedIn(manager), second.getId(), after.revision(),
                after.adjustments().get(0).id());
        assertThat(withdrawn.adjustments()).isEmpty();
        assertThat(discovery.open(signedIn(anna), second.getId()).getPlanAdjustments()).isZero();
        assertThat(history.timeline(signedIn(anna), second.getId())).extracting(TimelineEntry::kind)
                .contains(TimelineEntry.Kind.ADJUSTED, TimelineEntry.Kind.ADJUSTMENT_WITHDRAWN);
    }

    @Test
    void theAgencyNoteFollowsTheAnswersConflictRuleAndHasALimit() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        Actor olga = accountManager();
        plans.saveAgencyNote(signedIn(olga), session.getId(), null, "Заметка Ольги");

        assertThatThrownBy(() -> plans.saveAgencyNote(signedIn(manager), session.getId(), null, "Моя заметка"))
                .isInstanceOfSatisfying(EditConflictException.class,
                        e -> assertThat(e.theirs()).isEqualTo("Заметка Ольги"));
        assertThatThrownBy(() -> plans.saveAgencyNote(signedIn(manager), session.getId(), "Заметка Ольги",
                "я".repeat(PlanAdjustments.NOTE_LIMIT + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldKey()).isEqualTo("agency-note");
                    assertThat(e.messageKey()).isEqualTo("validation.too-long");
                    assertThat(e.limit()).isEqualTo(PlanAdjustments.NOTE_LIMIT);
                });
        AdjustedPlan saved = plans.saveAgencyNote(signedIn(manager), session.getId(), "Заметка Ольги",
                "Заметка Ольги\u0001 и моя");
        assertThat(saved.agencyNote()).isEqualTo("Заметка Ольги и моя");
        assertThat(history.versions(signedIn(anna), session.getId(), FieldKey.agencyNote()))
                .extracting(Change::after).containsExactly("Заметка Ольги и моя", "Заметка Ольги");
    }

    @Test
    void theBriefShowsTheAdjustedPlanAndTheNoteOnPageOne() throws IOException {
        DiscoverySession session = discovery.start(signedIn(anna), "Стоматология «Улыбка»", RUSSIAN);
        AdjustedPlan plan = plans.plan(signedIn(manager), session.getId());
        Channel first = plan.recommendations().get(0).channel();
        assertThat(channels(plan.recommendations())).doesNotContain(Channel.EVENTS);
        plan = plans.adjust(signedIn(manager), session.getId(), plan.revision(), Adjustment.add(Channel.EVENTS, Stage.DO_FIRST),
                "Клиент уже участвует в выставке в марте");
        plan = plans.adjust(signedIn(manager), session.getId(), plan.revision(), Adjustment.moveUp(Channel.EVENTS),
                "Выставка скоро");
        plans.saveAgencyNote(signedIn(manager), session.getId(), null, "Мы рады работать с вами — начнём с выставки.");

        BriefDocument brief = briefs.prepare(signedIn(anna), session.getId());
        String page1 = pdfText(brief, 1, 1);
        String all = pdfText(brief, 1, Integer.MAX_VALUE);

        assertThat(brief.recommendations()).extracting(Recommendation::channel).contains(Channel.EVENTS);
        assertThat(page1).contains("Выставки и мероприятия", "Наша рекомендация после встречи.",
                "Слово вашего менеджера", "Мы рады работать с вами — начнём с выставки.");
        assertThat(page1.indexOf("Слово вашего менеджера")).isGreaterThan(page1.indexOf("Выставки и мероприятия"));
        // the reasons stay inside the agency
        assertThat(all).doesNotContain("Клиент уже участвует в выставке", "Выставка скоро", "скорректир");
        assertThat(brief.recommendations().get(brief.recommendations().size() - 2).channel()).isEqualTo(Channel.EVENTS);
        assertThat(first).isNotNull();
    }

    @Test
    void anEnglishBriefCarriesTheNoteToo() throws IOException {
        DiscoverySession session = discovery.start(signedIn(anna), "Bakery", Locale.ENGLISH);
        AdjustedPlan plan = plans.plan(signedIn(manager), session.getId());
        Channel first = plan.recommendations().get(0).channel();
        plans.adjust(signedIn(manager), session.getId(), plan.revision(), Adjustment.hide(first), "Done already");
        plans.saveAgencyNote(signedIn(manager), session.getId(), null, "Looking forward to the first test.");

        BriefDocument brief = briefs.prepare(signedIn(anna), session.getId());

        assertThat(pdfText(brief, 1, 1)).contains("A word from your account manager", "Looking forward to the first test.");
        assertThat(brief.recommendations()).extracting(Recommendation::channel).doesNotContain(first);
    }

    private static List<Channel> channels(List<Recommendation> recommendations) {
        return recommendations.stream().map(Recommendation::channel).toList();
    }

    private String pdfText(BriefDocument brief, int from, int to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        briefs.write(brief, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(Math.min(to, pdf.getNumberOfPages()));
            return stripper.getText(pdf);
        }
    }
}
