package com.discoverybrief.discovery;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static com.discoverybrief.discovery.DiscoveryFixtures.accountManager;
import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.brief.BriefModel;
import com.discoverybrief.brief.BriefSections;
import com.discoverybrief.strategy.AnswerField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A shared brief over HTTP, as a client without an account gets it: the web view and its PDF, the
 * polite page for a link that does not open (unknown, revoked, expired — indistinguishable), the rate
 * limit, and that nothing but these two addresses opens without a login.
 */
@SpringBootTest
class SharedBriefTest {

    /** Each test asks from its own address, so the rate limit of one never touches another. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    WebApplicationContext web;
    @Autowired
    DiscoveryService discovery;
    @Autowired
    BriefExports briefs;
    @Autowired
    BriefShares shares;
    @Autowired
    BriefShareLinkRepository links;
    @Autowired
    DiscoverySessionRepository sessions;
    @Autowired
    People people;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;

    MockMvc http;
    String address;
    private final Actor anna = salesperson();
    private final Actor manager = accountManager();

    @BeforeEach
    void mockMvc() {
        http = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        address = "192.0.2." + ADDRESSES.getAndIncrement();
    }

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    @Test
    void aClientWithoutAnAccountReadsTheBriefAndItsPdfAndTheOpeningIsCounted() throws Exception {
        long id = session("Стоматология «Улыбка»");
        String token = shares.create(signedIn(manager), id).token();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");

        AccountFixtures.signOut();
        MvcResult page = http.perform(anonymous("/shared/" + token)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentType()).startsWith("text/html");
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Стоматология «Улыбка»", "<h2>План</h2>", "Позиционирование", "lang=\"ru\"",
                "content=\"noindex, nofollow, noarchive\"", "href=\"" + token + "/brief.pdf\"")
                .contains("Пациенты боятся боли");
        assertThat(page.getResponse().getHeader("X-Robots-Tag")).isEqualTo("noindex, nofollow, noarchive");
        assertThat(page.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        // no session and no cookie: nothing to carry to any other page
        assertThat(page.getRequest().getSession(false)).isNull();
        assertThat(page.getResponse().getHeaders("Set-Cookie")).isEmpty();
        assertThat(html).doesNotContain(String.valueOf(manager.username())).doesNotContain("/session/");

        MvcResult pdf = http.perform(anonymous("/shared/" + token + "/brief.pdf")).andReturn();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getResponse().getHeader("X-Robots-Tag")).startsWith("noindex");
        assertThat(pdfText(pdf.getResponse().getContentAsByteArray())).contains("Стоматология «Улыбка»", "План",
                "Позиционирование");

        http.perform(anonymous("/shared/" + token)).andReturn();
        BriefShare listed = shares.list(signedIn(manager), id).get(0);
        assertThat(listed.openedCount()).as("two page views; the PDF download is not another opening").isEqualTo(2);
        assertThat(listed.firstOpenedAt()).isNotNull();
        assertThat(listed.lastOpenedAt()).isAfterOrEqualTo(listed.firstOpenedAt());
        assertThat(listed.active()).isTrue();
        assertThat(listed.expiresAt()).isEqualTo(listed.createdAt().plus(Duration.ofDays(30)));
    }

    @Test
    void theTokenIsKeptOnlyAsItsHash() {
        long id = session("Кофейня");
        String token = shares.create(signedIn(manager), id).token();
        assertThat(links.findByTokenHash(token)).isEmpty();
        assertThat(links.findByTokenHash(BriefShares.hash(token))).isPresent();
        assertThat(BriefShares.hash(token)).hasSize(64).doesNotContain(token);
    }

    @Test
    void aRevokedAnUnknownAndAMalformedLinkGetTheSamePolitePageWithNoContent() throws Exception {
        long id = session("Стоматология «Улыбка»");
        String token = shares.create(signedIn(manager), id).token();
        long linkId = shares.list(signedIn(manager), id).get(0).id();
        shares.revoke(signedIn(manager), id, linkId);
        AccountFixtures.signOut();

        MvcResult revoked = http.perform(anonymous("/shared/" + token)).andReturn();
        String unknownToken = "A".repeat(43);
        MvcResult unknown = http.perform(anonymous("/shared/" + unknownToken)).andReturn();
        MvcResult malformed = http.perform(anonymous("/shared/not-a-token")).andReturn();
        MvcResult revokedPdf = http.perform(anonymous("/shared/" + token + "/brief.pdf")).andReturn();
        for (MvcResult result : new MvcResult[] {revoked, unknown, malformed, revokedPdf}) {
            assertThat(result.getResponse().getStatus()).isEqualTo(404);
            assertThat(result.getResponse().getHeader("X-Robots-Tag")).startsWith("noindex");
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .isEqualTo(revoked.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("Ссылка недоступна").doesNotContain("Улыбка").doesNotContain("План");
        }
        assertThat(shares.list(signedIn(manager), id).get(0).revokedAt()).isNotNull();
        assertThat(shares.list(signedIn(manager), id).get(0).active()).isFalse();
    }

    @Test
    void thePolitePageSpeaksTheVisitorsLanguage() throws Exception {
        MvcResult english = http.perform(get("/shared/" + "B".repeat(43)).header("Accept-Language", "en-GB,en;q=0.9")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn();
        assertThat(english.getResponse().getStatus()).isEqualTo(404);
        assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("This link is not available")
                .contains("lang=\"en\"");
    }

    @Test
    void anExpiredLinkOpensNothing() {
        long id = session("Стоматология «Улыбка»");
        String token = shares.create(signedIn(manager), id).token();
        BriefShares later = new BriefShares(links, sessions, discovery, briefs, people,
                Clock.fixed(clock.instant().plus(Duration.ofDays(30)).plusSeconds(1), ZoneOffset.UTC), 30);
        BriefShares justBefore = new BriefShares(links, sessions, discovery, briefs, people,
                Clock.fixed(clock.instant().plus(Duration.ofDays(30)).minusSeconds(60), ZoneOffset.UTC), 30);

        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Optional<BriefModel> before = transaction.execute(status -> justBefore.open(token));
        Optional<BriefModel> after = transaction.execute(status -> later.open(token));
        Optional<BriefShares.Shared> pdf = transaction.execute(status -> later.pdf(token));
        assertThat(before).isPresent();
        assertThat(after).isEmpty();
        assertThat(pdf).isEmpty();
        assertThat(later.list(signedIn(manager), id).get(0).active()).isFalse();
    }

    @Test
    void oneAddressAskingTooOftenIsAskedToWait() throws Exception {
        String unknownToken = "C".repeat(43);
        // a fixed minute, so the count cannot straddle two windows
        ShareRateLimit limit = new ShareRateLimit(Clock.fixed(Instant.parse("2026-11-30T12:00:10Z"), ZoneOffset.UTC), 30);
        for (int i = 0; i < 30; i++) {
            assertThat(limit.allow(address)).isTrue();
        }
        assertThat(limit.allow(address)).isFalse();
        assertThat(limit.allow("192.0.2.250")).as("another address").isTrue();
        assertThat(limit.secondsLeft()).isEqualTo(50);
        ShareRateLimit nextMinute = new ShareRateLimit(Clock.fixed(Instant.parse("2026-11-30T12:01:00Z"), ZoneOffset.UTC), 30);
        assertThat(nextMinute.allow(address)).isTrue();

        // and over HTTP, with the application's limit
        int answered = 0;
        MvcResult last = null;
        for (int i = 0; i < 40; i++) {
            last = http.perform(anonymous("/shared/" + unknownToken)).andReturn();
            if (last.getResponse().getStatus() == 429) {
                break;
            }
            answered++;
        }
        assertThat(answered).isEqualTo(30);
        assertThat(last.getResponse().getStatus()).isEqualTo(429);
        assertThat(last.getResponse().getHeader("Retry-After")).matches("\\d+");
        assertThat(last.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Подождите немного");
    }

    @Test
    void nothingElseOpensWithoutALogin() throws Exception {
        long id = session("Кофейня");
        String token = shares.create(signedIn(manager), id).token();
        AccountFixtures.signOut();
        for (String path : new String[] {"/shared/" + token + "/other", "/shared/" + token + "/brief.pdf/x",
                "/shared", "/sessions/" + id}) {
            int status = http.perform(anonymous(path)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void onlyAnAccountManagerSharesAndRevokes() {
        long id = session("Кофейня");
        assertThatThrownBy(() -> shares.create(signedIn(anna), id)).isInstanceOf(AccessDeniedException.class);
        shares.create(signedIn(manager), id);
        long linkId = shares.list(signedIn(anna), id).get(0).id();
        assertThatThrownBy(() -> shares.revoke(signedIn(anna), id, linkId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> shares.list(signedIn(salesperson()), id)).isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void theSectionsChosenForTheSessionApplyToTheWebView() throws Exception {
        long id = session("Стоматология «Улыбка»");
        briefs.chooseSections(signedIn(manager), id,
                BriefSections.without(BriefSections.Optional.QUESTIONS, BriefSections.Optional.ANSWERS));
        assertThat(briefs.sections(signedIn(anna), id).includes(BriefSections.Optional.QUESTIONS)).isFalse();
        String token = shares.create(signedIn(manager), id).token();
        AccountFixtures.signOut();

        String html = http.perform(anonymous("/shared/" + token)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<h2>План</h2>").doesNotContain("Вопросы к следующей встрече")
                .doesNotContain("Ваша стратегия на трёх уровнях");
        byte[] pdf = http.perform(anonymous("/shared/" + token + "/brief.pdf")).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("План").doesNotContain("Вопросы к следующей встрече");
    }

    private long session(String client) {
        DiscoverySession session = discovery.start(signedIn(anna), client, Locale.forLanguageTag("ru"));
        discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.PAINS, null,
                "Пациенты боятся боли и не доверяют ценам");
        return session.getId();
    }

    private MockHttpServletRequestBuilder anonymous(String path) {
        return get(path).header("Accept-Language", "ru").with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
