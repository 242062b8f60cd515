package com.discoverybrief.brief;

import static com.discoverybrief.brief.BriefFixtures.englishBakery;
import static com.discoverybrief.brief.BriefFixtures.in;
import static com.discoverybrief.brief.BriefFixtures.render;
import static com.discoverybrief.brief.BriefFixtures.russianClinic;
import static com.discoverybrief.brief.BriefFixtures.withReadiness;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class BriefRendererTest {

    private static final List<String> RUSSIAN_SECTIONS = List.of("Стоматология „Улыбка“", "Клиент", "Контактное лицо",
            "План", "Первые шаги и ваши слова, на которых они основаны", "Ваша цель",
            "Готовность стратегии", "Макро: бизнес-стратегия", "Мезо: маркетинговая стратегия",
            "Микро: операционный маркетинг", "Что ещё предстоит выяснить",
            "Рекомендуемые каналы и план тестов", "Позиционирование", "В первую очередь", "УТП проверено на клиентах",
            "Результаты — через 2–4 недели", "После определения позиционирования",
            "Прежде чем запускать рекламу", "УТП сформулировано", "Вопросы к следующей встрече",
            "Почему клиенту стоит выбрать вас, а не конкурента?", "Страница 1 из ");

    private static final List<String> ENGLISH_SECTIONS = List.of("Crumb & Co. Bakery", "Client", "Contact person",
            "The plan", "First steps and what you told us", "Your goal", "Strategy readiness",
            "Macro: business strategy", "Meso: marketing strategy", "Micro: operational marketing",
            "Still unknown", "Recommended channels and test plan", "SEO and content", "Scale step by step",
            "Organic traffic and enquiries", "Results in 3–6 months", "Ready for advertising", "the USP is clear",
            "Questions for our next meeting", "Where can a customer find you online, and what do they see there?",
            "Page 1 of ");

    @Test
    void aRussianBriefHasEverySectionInRussian() {
        assertThat(ReadBack.text(render(russianClinic()))).contains(RUSSIAN_SECTIONS);
    }

    @Test
    void anEnglishBriefHasEverySectionInEnglish() {
        String text = ReadBack.text(render(englishBakery()));

        assertThat(text).contains(ENGLISH_SECTIONS);
        assertThat(text).doesNotContainPattern("\\p{IsCyrillic}");
    }

    @Test
    void theSameSessionPrintsInEitherLanguage() {
        String english = ReadBack.text(render(in(russianClinic(), Locale.ENGLISH)));

        assertThat(english).contains("Recommended channels and test plan", "Positioning", BriefFixtures.CLINIC_SEGMENTS);
    }

    @Test
    void aRussianAnswerExtractsExactly() {
        assertThat(ReadBack.rawText(render(russianClinic()))).contains(BriefFixtures.CLINIC_SEGMENTS);
    }

    @Test
    void aTenThousandCharacterAnswerIsPrintedInFull() {
        String sentence = "Пациенты хотят лечить зубы без боли, по понятной цене и рядом с домом; ";
        String answer = sentence.repeat(10_000 / sentence.length() + 1).substring(0, 10_000);

        byte[] pdf = render(russianClinic(answer));

        assertThat(ReadBack.bodyTextWithoutWhitespace(pdf)).contains(withoutWhitespace(answer));
    }

    @Test
    void aTenThousandCharacterWordWithoutSpacesIsPrintedInFull() {
        String answer = "ЁжикВТумане".repeat(1000).substring(0, 10_000);

        assertThat(ReadBack.bodyTextWithoutWhitespace(render(russianClinic(answer)))).contains(answer);
    }

    @Test
    void aTenThousandCharacterQuoteInTheRecommendationsTableFlowsAcrossPages() {
        String sentence = "Клиенты сравнивают цены в трёх клиниках и выбирают ту, где понятнее; ";
        String quote = sentence.repeat(10_000 / sentence.length() + 1).substring(0, 10_000).strip();

        byte[] pdf = render(BriefFixtures.withQuotedReason(russianClinic(), quote));

        // The "why" column spans 29 % to 100 % of the 511 pt between the 42 pt margins; its header repeats on each page.
        String column = ReadBack.columnTextWithoutWhitespace(pdf, 42 + 0.29f * 511, 42 + 511);
        assertThat(column.replace("Почему:чтовырассказали·KPIисрок", "").replace("Почему:чтовырассказали", ""))
                .contains(withoutWhitespace(quote));
    }

    @Test
    void markupIsPrintedLiterally() {
        String answer = "<script>alert(1)</script> <b>жирный</b> &amp;";

        assertThat(ReadBack.text(render(russianClinic(answer)))).contains(answer);
    }

    @Test
    void everyFontIsEmbeddedAndNoneIsAStandardFont() {
        List<PDFont> fonts = ReadBack.fonts(render(russianClinic()));

        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.isStandard14()).as(font.getName()).isFalse();
        });
    }

    @Test
    void emojiAreDrawnWithTheFallbackFontNotDropped() {
        String text = ReadBack.text(render(russianClinic()));

        assertThat(text).contains("📌 Боятся боли", "✅ Ценят запись онлайн", "❌ не любят ждать");
        assertThat(ReadBack.fonts(render(russianClinic()))).anyMatch(font -> font.getName().endsWith("Symbola"));
    }

    @Test
    void charactersNoFontHasBecomeVisibleMarkers() {
        String answer = "колокольчик\u0007 и \uDB40\uDC01тег, частная зона \uDBFF\uDFFD, одиночный \uD83D суррогат";

        String text = ReadBack.text(render(russianClinic(answer)));

        assertThat(text).contains("колокольчик[U+0007] и", "частная зона [U+10FFFD],", "одиночный [U+D83D] суррогат");
    }

    @Test
    void aDraftCarriesTheWatermarkOnEveryPage() {
        byte[] pdf = render(withReadiness(russianClinic(), BriefDocument.DRAFT_READINESS_THRESHOLD - 1));

        assertThat(ReadBack.diagonalTextByPage(pdf)).hasSizeGreaterThan(1).containsOnly("ЧЕРНОВИК—стратегиянезавершена");
    }

    @Test
    void aBriefAtTheThresholdHasNoWatermark() {
        byte[] pdf = render(withReadiness(russianClinic(), BriefDocument.DRAFT_READINESS_THRESHOLD));

        assertThat(ReadBack.diagonalTextByPage(pdf)).containsOnly("");
        assertThat(ReadBack.text(pdf)).doesNotContain("ЧЕРНОВИК");
    }

    @Test
    void anEnglishDraftSaysSoInEnglish() {
        byte[] pdf = render(withReadiness(englishBakery(), 10));

        assertThat(ReadBack.diagonalTextByPage(pdf)).containsOnly("DRAFT—strategyincomplete");
    }

    @Test
    void theDocumentCarriesTitleAuthorSubjectAndLanguage() throws IOException {
        try (PDDocument document = ReadBack.open(render(russianClinic()))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Стоматология „Улыбка“: маркетинговая стратегия, бриф");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo(AgencyBranding.DEFAULT_NAME);
            assertThat(document.getDocumentInformation().getSubject()).contains("24 ноября 2026");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ru");
        }
    }

    @Test
    void everyPageSaysWhichPageOfHowManyItIs() throws IOException {
        byte[] pdf = render(russianClinic());
        String text = ReadBack.text(pdf);

        try (PDDocument document = ReadBack.open(pdf)) {
            int pages = document.getNumberOfPages();
            IntStream.rangeClosed(1, pages).forEach(page ->
                    assertThat(text).contains("Страница " + page + " из " + pages + " 27 ноября 2026"));
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        ClosingAwareStream out = new ClosingAwareStream();

        new BriefRenderer().render(russianClinic(), out);

        assertThat(out.closed).isFalse();
        assertThat(out.toByteArray()).startsWith("%PDF".getBytes());
    }

    @Test
    void rendersConcurrentlyWithoutCorruptingEachOther() throws Exception {
        BriefDocument brief = russianClinic();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = IntStream.range(0, 24).mapToObj(i -> pool.submit(() -> render(brief))).toList();
            for (Future<byte[]> pdf : pdfs) {
                assertThat(ReadBack.text(pdf.get())).contains(BriefFixtures.CLINIC_SEGMENTS, "Вопросы к следующей встрече");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static final class ClosingAwareStream extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
