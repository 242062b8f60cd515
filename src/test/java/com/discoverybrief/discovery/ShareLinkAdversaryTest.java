package com.discoverybrief.discovery;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static com.discoverybrief.discovery.DiscoveryFixtures.accountManager;
import static com.discoverybrief.discovery.DiscoveryFixtures.lead;
import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.brief.BriefSections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 19, adversary adv19: share links probed as an attacker, a second colleague and a careful
 * operator. Each test here failed on the code it was written against (branch w19b at dae507d); see
 * docs/reviews/adv19-findings.md for the steps and the expected behaviour.
 */
@SpringBootTest
class ShareLinkAdversaryTest {

    @Autowired
    DiscoveryService discovery;

    @Autowired
    BriefShares shares;

    @Autowired
    BriefExports briefs;

    @Autowired
    PersonalDataErasure erasure;

    @Autowired
    WebApplicationContext web;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    com.discoverybrief.accounts.internal.AccountService accounts;

    MockMvc http;

    private final ListAppender<ILoggingEvent> audit = new ListAppender<>();

    @BeforeEach
    void listen() {
        http = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        audit.start();
        ((Logger) LoggerFactory.getLogger("audit")).addAppender(audit);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger("audit")).detachAppender(audit);
        AccountFixtures.signOut();
    }

    private long session(Actor owner) {
        return discovery.start(signedIn(owner), "Кофейня «Зерно»", Locale.forLanguageTag("ru")).getId();
    }

    /**
     * Finding 1: the secret part of a share link is written in clear into the audit log and the audit
     * trail table (audit_event) whenever the link is asked for with HEAD or OPTIONS — what link
     * previewers and safe-link scanners do. The README promises "only its hash is kept, so a copy of the
     * database opens no brief".
     */
    @Test
    void aShareTokenNeverReachesTheAuditLogWhateverTheMethod() throws Exception {
        Actor manager = accountManager();
        long id = session(salesperson());
        String token = shares.create(signedIn(manager), id).token();
        AccountFixtures.signOut();

        http.perform(head("/shared/" + token));
        http.perform(options("/shared/" + token));
        http.perform(head("/shared/" + token + "/brief.pdf"));

        assertThat(audit.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains(token));
    }

    /**
     * Finding 2: HEAD of a working link is refused as "sign in first" (302 to /login, a new HTTP
     * session) while GET of the same address shows the brief; HTTP says HEAD answers as GET does.
     */
    @Test
    void headOfASharedLinkIsAnsweredLikeGet() throws Exception {
        long id = session(salesperson());
        String token = shares.create(signedIn(accountManager()), id).token();
        AccountFixtures.signOut();

        MvcResult got = http.perform(get("/shared/" + token)).andReturn();
        MvcResult headed = http.perform(head("/shared/" + token)).andReturn();

        assertThat(got.getResponse().getStatus()).isEqualTo(200);
        assertThat(headed.getResponse().getStatus()).isEqualTo(200);
        assertThat(headed.getResponse().getHeader("X-Robots-Tag")).contains("noindex");
    }

    /**
     * Finding 2 (same root): a link with a trailing slash — as some mail clients and messengers write
     * it — leads a client without an account to the staff login page instead of the polite page.
     */
    @Test
    void aSharedLinkWithATrailingSlashIsNeverTheLoginPage() throws Exception {
        long id = session(salesperson());
        String token = shares.create(signedIn(accountManager()), id).token();
        AccountFixtures.signOut();

        MvcResult slash = http.perform(get("/shared/" + token + "/")).andReturn();

        assertThat(slash.getResponse().getRedirectedUrl()).as("redirected to").isNull();
        assertThat(slash.getResponse().getStatus()).isIn(200, 404);
    }

    /**
     * Finding 3: a lead (who reviews, never changes a session) unticks sections for their own download
     * and thereby changes, for everyone, what the client sees through the account manager's link.
     */
    @Test
    void aLeadCannotChangeWhatTheSharedLinkShows() {
        long id = session(salesperson());
        shares.create(signedIn(accountManager()), id);
        Actor lead = lead();

        assertThatThrownBy(() -> briefs.chooseSections(signedIn(lead), id,
                BriefSections.without(BriefSections.Optional.ANSWERS, BriefSections.Optional.RECOMMENDATIONS)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(briefs.sections(signedIn(accountManager()), id)).isEqualTo(BriefSections.ALL);
    }

    /**
     * Finding 4: after a client's personal data is erased on their request, the public links to their
     * brief keep opening it (company, industry, budget, size, the plan, "[erased]" markers) for anyone
     * who has the address, and the session screen still lists them as active.
     */
    @Test
    void erasingAClientsPersonalDataClosesTheLinksToTheirBrief() {
        Actor manager = accountManager();
        long id = session(salesperson());
        String token = shares.create(signedIn(manager), id).token();

        erasure.erase(signedIn(manager), id);

        assertThat(shares.open(token)).isEmpty();
        assertThat(shares.list(signedIn(manager), id)).noneMatch(BriefShare::active);
    }

    /**
     * Finding 5: making client data public (a link that needs no account) and revoking it leave no line
     * in the audit trail; administrators cannot see who published what.
     */
    @Test
    void creatingAndRevokingAShareLinkIsInTheAuditTrail() {
        Actor manager = accountManager();
        long id = session(salesperson());
        audit.list.clear();

        BriefShares.Created link = shares.create(signedIn(manager), id);
        shares.revoke(signedIn(manager), id, link.share().id());

        List<String> lines = audit.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.contains(manager.username()) && line.contains(String.valueOf(id))).toList();
        assertThat(lines).as("audit lines naming %s and session %d", manager.username(), id).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines).noneMatch(line -> line.contains(link.token()));
    }

    /**
     * Finding 7: an account manager demoted to lead (or to salesperson) keeps publishing. The services
     * of issue 11 decide on the database's current roles ("only the services' checks stand in the way",
     * LostAccessTest); BriefShares leaves the role to {@code @RolesAllowed}, which reads the roles the
     * page's sign-in captured, and its own check (may see the session) is one a lead passes.
     */
    @Test
    void anAccountManagerDemotedToLeadCreatesNoLinkAndRevokesNone() {
        long id = session(salesperson());
        Actor manager = com.discoverybrief.accounts.internal.AccountFixtures.user(context,
                com.discoverybrief.accounts.Role.ACCOUNT_MANAGER);
        BriefShares.Created earlier = shares.create(signedIn(manager), id);
        Actor admin = com.discoverybrief.accounts.internal.AccountFixtures.user(context,
                com.discoverybrief.accounts.Role.ADMIN);
        accounts.changeRoles(signedIn(admin), manager.username(), java.util.Set.of(com.discoverybrief.accounts.Role.LEAD));

        // the demoted manager's open page still holds its sign-in of before, as a browser tab does
        signedIn(manager);
        assertThatThrownBy(() -> shares.create(manager, id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> shares.revoke(manager, id, earlier.share().id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(shares.list(signedIn(accountManager()), id)).hasSize(1).allMatch(BriefShare::active);
    }
}
