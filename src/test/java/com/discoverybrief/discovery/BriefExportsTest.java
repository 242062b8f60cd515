package com.discoverybrief.discovery;

import org.junit.jupiter.api.AfterEach;
import com.discoverybrief.accounts.internal.AccountFixtures;
import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static com.discoverybrief.discovery.DiscoveryFixtures.accountManager;
import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.brief.BriefDocument;
import com.discoverybrief.strategy.AnswerField;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class BriefExportsTest {

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }


    @Autowired
    DiscoveryService discovery;

    @Autowired
    BriefExports briefs;

    private final Actor anna = salesperson();

    @Test
    void theBriefOfASessionCarriesItsClientAndAnswersInTheSessionsLanguage() throws IOException {
        DiscoverySession session = discovery.start(signedIn(anna), "Стоматология «Улыбка»", Locale.forLanguageTag("ru"));
        discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.PAINS, null,
                "Пациенты боятся боли и не доверяют ценам");

        String text = pdfText(briefs.prepare(signedIn(anna), session.getId()));

        assertThat(text).contains("Стоматология «Улыбка»", "Пациенты боятся боли и не доверяют ценам",
                "Позиционирование");
    }

    @Test
    void anAccountManagerMayExportAnySession() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", Locale.ENGLISH);

        assertThat(briefs.prepare(signedIn(accountManager()), session.getId()).fileName()).startsWith("brief-");
    }

    @Test
    void aColleagueGetsNoBrief() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", Locale.ENGLISH);

        assertThatThrownBy(() -> briefs.prepare(signedIn(salesperson()), session.getId()))
                .isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void everyExportKeepsAVersionAndTheNextBriefSaysWhatChangedAndWhy() throws IOException {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня «Зерно»", Locale.forLanguageTag("ru"));
        discovery.saveAnswer(signedIn(anna), session.getId(), discovery.open(signedIn(anna), session.getId()).getVersion(),
                AnswerField.ANALYTICS, null, "YES");
        BriefDocument first = briefs.prepare(signedIn(anna), session.getId());
        assertThat(first.changes()).isNull();

        discovery.saveAnswer(signedIn(anna), session.getId(), discovery.open(signedIn(anna), session.getId()).getVersion(),
                AnswerField.ANALYTICS, "YES", "NO");
        assertThat(briefs.changesSinceLastBrief(signedIn(anna), session.getId())).hasValueSatisfying(
                changes -> assertThat(changes.changes()).anySatisfy(change -> assertThat(change.causes())
                        .contains(AnswerField.ANALYTICS)));
        BriefDocument second = briefs.prepare(signedIn(anna), session.getId());

        assertThat(second.changes()).isNotNull();
        assertThat(second.changes().changes()).isNotEmpty();
        assertThat(pdfText(second)).contains("Что изменилось с брифа от", "Изменились ответы: Есть ли аналитика");
        assertThat(briefs.versions(signedIn(accountManager()), session.getId()))
                .extracting(BriefVersionSummary::number).containsExactly(2, 1);
        assertThat(briefs.changesSinceLastBrief(signedIn(anna), session.getId()))
                .hasValueSatisfying(changes -> assertThat(changes.isEmpty()).isTrue());
    }

    @Test
    void whatChangedIsLeftOutOfTheBriefWhenNotWantedAndTheVersionIsKeptAnyway() throws IOException {
        DiscoverySession session = discovery.start(signedIn(anna), "Bakery", Locale.ENGLISH);
        assertThat(briefs.hasEarlierBrief(signedIn(anna), session.getId())).isFalse();
        briefs.prepare(signedIn(anna), session.getId(), true);
        assertThat(briefs.hasEarlierBrief(signedIn(anna), session.getId())).isTrue();
        discovery.saveAnswer(signedIn(anna), session.getId(), discovery.open(signedIn(anna), session.getId()).getVersion(),
                AnswerField.ANALYTICS, null, "NO");

        BriefDocument without = briefs.prepare(signedIn(anna), session.getId(), false);
        BriefDocument with = briefs.prepare(signedIn(anna), session.getId(), true);

        assertThat(without.changes()).isNull();
        assertThat(pdfText(without)).doesNotContain("What changed since the brief of")
                .doesNotContain("The recommendations are the same as in the brief of");
        assertThat(with.changes()).isNotNull();
        // the answer changed, the plan did not: one line says so
        assertThat(pdfText(with)).contains("The recommendations are the same as in the brief of");
        assertThat(briefs.versions(signedIn(anna), session.getId()))
                .extracting(BriefVersionSummary::number).containsExactly(3, 2, 1);
    }

    @Test
    void aColleagueSeesNoVersions() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", Locale.ENGLISH);
        briefs.prepare(signedIn(anna), session.getId());

        assertThatThrownBy(() -> briefs.versions(signedIn(salesperson()), session.getId()))
                .isInstanceOf(SessionNotFoundException.class);
    }

    private String pdfText(BriefDocument brief) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        briefs.write(brief, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
