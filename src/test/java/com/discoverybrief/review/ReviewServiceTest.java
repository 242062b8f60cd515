package com.discoverybrief.review;

import org.junit.jupiter.api.AfterEach;
import com.discoverybrief.accounts.internal.AccountFixtures;
import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.discovery.DiscoveryFixtures;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.SessionFixtures;
import com.discoverybrief.discovery.SessionReviews;
import org.springframework.security.access.AccessDeniedException;
import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.BusinessModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/** The review lists and their access, with each test's sessions rolled back afterwards. */
@SpringBootTest
@Transactional
class ReviewServiceTest {

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }


    @Autowired
    private ReviewService review;
    @Autowired
    private SessionReviews reviews;
    @Autowired
    private ApplicationContext context;

    private final Actor lead = DiscoveryFixtures.lead();

    private SessionFixtures fixtures() {
        return new SessionFixtures(context);
    }

    @Test
    void filtersBySalesperson() {
        String anna = SessionFixtures.unique("anna");
        DiscoverySession annas = fixtures().session(anna).save();
        fixtures().session(SessionFixtures.unique("boris")).save();

        assertThat(ids(ReviewFilter.NONE.withOwner(anna))).containsExactly(annas.getId());
    }

    @Test
    void filtersByStatus() {
        String anna = SessionFixtures.unique("anna");
        DiscoverySession completed = fixtures().session(anna).completed().save();
        fixtures().session(anna).save();

        assertThat(ids(ReviewFilter.NONE.withOwner(anna).withStatus(SessionStatus.COMPLETED)))
                .containsExactly(completed.getId());
    }

    @Test
    void filtersByTheDaysOfTheLastChangeBothInclusive() {
        String anna = SessionFixtures.unique("anna");
        ZoneId zone = ZoneId.systemDefault();
        LocalDate day = LocalDate.of(2026, 3, 10);
        DiscoverySession before = fixtures().session(anna).changedAt(day.minusDays(1).atTime(23, 59).atZone(zone).toInstant()).save();
        DiscoverySession first = fixtures().session(anna).changedAt(day.atStartOfDay(zone).toInstant()).save();
        DiscoverySession last = fixtures().session(anna).changedAt(day.plusDays(1).atTime(23, 59).atZone(zone).toInstant()).save();
        DiscoverySession after = fixtures().session(anna).changedAt(day.plusDays(2).atStartOfDay(zone).toInstant()).save();

        assertThat(ids(ReviewFilter.NONE.withOwner(anna).withChanged(day, day.plusDays(1))))
                .containsExactly(last.getId(), first.getId())
                .doesNotContain(before.getId(), after.getId());
    }

    @Test
    void filtersByIndustry() {
        String anna = SessionFixtures.unique("anna");
        String dentistry = SessionFixtures.unique("Стоматология");
        DiscoverySession dentist = fixtures().session(anna).industry(dentistry).save();
        fixtures().session(anna).industry("Кофейни").save();

        assertThat(ids(ReviewFilter.NONE.withIndustry(dentistry))).containsExactly(dentist.getId());
        assertThat(review.industries(signedIn(lead), dentistry.substring(5).toUpperCase(Locale.ROOT), 0, 10)).containsExactly(dentistry);
    }

    @Test
    void filtersByBusinessModel() {
        String anna = SessionFixtures.unique("anna");
        DiscoverySession b2b = fixtures().session(anna).model(BusinessModel.B2B).save();
        fixtures().session(anna).model(BusinessModel.B2C).save();

        assertThat(ids(ReviewFilter.NONE.withOwner(anna).withBusinessModel(BusinessModel.B2B)))
                .containsExactly(b2b.getId());
    }

    @Test
    void findsTextInTheClientNameAndInAnyAnswerIgnoringCase() {
        String anna = SessionFixtures.unique("anna");
        String word = SessionFixtures.unique("Обжарка");
        DiscoverySession byName = fixtures().session(anna).client("Кофейня " + word).save();
        DiscoverySession byAnswer = fixtures().session(anna).answer(AnswerField.USP, "Своя " + word.toUpperCase(Locale.ROOT) + " зерна")
                .changedAt(SessionFixtures.NOON.minusSeconds(60)).save();
        fixtures().session(anna).answer(AnswerField.USP, "Ничего особенного").save();

        assertThat(ids(ReviewFilter.NONE.withText(word.toLowerCase(Locale.ROOT))))
                .containsExactly(byName.getId(), byAnswer.getId());
    }

    @Test
    void takesWildcardsInTheSearchTextLiterally() {
        String anna = SessionFixtures.unique("anna");
        DiscoverySession percent = fixtures().session(anna).client("Скидки 100% " + anna).save();
        fixtures().session(anna).client("Скидки 100 " + anna).save();

        assertThat(ids(ReviewFilter.NONE.withOwner(anna).withText("100%"))).containsExactly(percent.getId());
        assertThat(ids(ReviewFilter.NONE.withOwner(anna).withText("_"))).isEmpty();
    }

    @Test
    void listsTheNewestChangeFirstByDefault() {
        String anna = SessionFixtures.unique("anna");
        DiscoverySession older = fixtures().session(anna).changedAt(SessionFixtures.NOON.minus(Duration.ofDays(2))).save();
        DiscoverySession newer = fixtures().session(anna).save();

        assertThat(ids(ReviewFilter.NONE.withOwner(anna))).containsExactly(newer.getId(), older.getId());
    }

    @Test
    void sortsByClientAndByReadinessInBothDirections() {
        String anna = SessionFixtures.unique("anna");
        DiscoverySession bare = fixtures().session(anna).client("Б").save();
        DiscoverySession answered = fixtures().session(anna).client("А").answer(AnswerField.PRODUCT, "Кофе с собой").save();
        ReviewFilter annas = ReviewFilter.NONE.withOwner(anna);

        assertThat(ids(annas, new ReviewSort(ReviewSort.Column.CLIENT, true))).containsExactly(answered.getId(), bare.getId());
        assertThat(ids(annas, new ReviewSort(ReviewSort.Column.CLIENT, false))).containsExactly(bare.getId(), answered.getId());
        assertThat(ids(annas, new ReviewSort(ReviewSort.Column.READINESS, false))).containsExactly(answered.getId(), bare.getId());
        assertThat(ids(annas, new ReviewSort(ReviewSort.Column.READINESS, true))).containsExactly(bare.getId(), answered.getId());
    }

    @Test
    void pagesThroughTheListWithoutCountingIt() {
        String anna = SessionFixtures.unique("anna");
        for (int i = 0; i < 5; i++) {
            fixtures().session(anna).changedAt(SessionFixtures.NOON.plusSeconds(i)).save();
        }

        List<ReviewRow> second = review.sessions(signedIn(lead), ReviewFilter.NONE.withOwner(anna), ReviewSort.DEFAULT, 2, 2, 0);

        assertThat(second).extracting(ReviewRow::updatedAt)
                .containsExactly(SessionFixtures.NOON.plusSeconds(2), SessionFixtures.NOON.plusSeconds(1));
    }

    @Test
    void aRowCarriesReadinessAndTheTopChannelOfTheCurrentAnswers() {
        String anna = SessionFixtures.unique("anna");
        fixtures().session(anna).answer(AnswerField.PRODUCT, "Кофе с собой").save();

        ReviewRow row = review.sessions(signedIn(lead), ReviewFilter.NONE.withOwner(anna), ReviewSort.DEFAULT, 0, 10, 0).get(0);

        assertThat(row.readiness()).isPositive();
        assertThat(row.topChannel()).isNotNull();
        assertThat(row.owner()).isEqualTo(anna);
    }

    @Test
    void aSalespersonGetsNothingFromTheReviewService() {
        Actor salesperson = DiscoveryFixtures.salesperson();
        DiscoverySession own = fixtures().session(salesperson.username()).completed().save();

        assertThatThrownBy(() -> review.sessions(signedIn(salesperson), ReviewFilter.NONE, ReviewSort.DEFAULT, 0, 10, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.salespeople(signedIn(salesperson), "", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.open(signedIn(salesperson), own.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.markReviewed(signedIn(salesperson), own.getId(), own.getUpdatedAt())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.exportCsv(signedIn(salesperson), ReviewFilter.NONE, ';', Locale.ENGLISH, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.statistics(signedIn(salesperson), LocalDate.now(), LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyLeadsSeeTeamStatistics() {
        assertThatThrownBy(() -> review.statistics(signedIn(DiscoveryFixtures.accountManager()), LocalDate.now(), LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAnAccountManagerDeletesASession() {
        DiscoverySession session = fixtures().session(SessionFixtures.unique("anna")).completed().save();
        reviews.comment(signedIn(lead), session.getId(), "Уточнить бюджет");

        assertThatThrownBy(() -> reviews.delete(signedIn(lead), session.getId())).isInstanceOf(AccessDeniedException.class);
        reviews.delete(signedIn(DiscoveryFixtures.accountManager()), session.getId());

        assertThat(fixtures().find(session.getId())).isEmpty();
    }

    @Test
    void exportsTheFilteredListAsCsvInTheChosenLanguage() {
        String anna = SessionFixtures.unique("anna");
        fixtures().session(anna).client("=HYPERLINK(\"x\")").save();
        fixtures().session(anna).client("Кофейня; «Зерно»").completed().save();
        fixtures().session(SessionFixtures.unique("boris")).save();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        review.exportCsv(signedIn(lead), ReviewFilter.NONE.withOwner(anna), ';', Locale.forLanguageTag("ru"), out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"№\";\"Клиент\";");
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"", "\"Кофейня; «Зерно»\"", "\"Завершена\"")
                .doesNotContain("boris");
    }

    private List<Long> ids(ReviewFilter filter) {
        return ids(filter, ReviewSort.DEFAULT);
    }

    private List<Long> ids(ReviewFilter filter, ReviewSort sort) {
        return review.sessions(signedIn(lead), filter, sort, 0, 50, 0).stream().map(ReviewRow::id).toList();
    }
}
