package com.discoverybrief.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;

/**
 * What travels over HTTP: security headers, the open health endpoint, the form login and its session.
 * MockMvc cannot render Vaadin pages, so headers are checked on the health endpoint; that the login
 * view itself is reachable is proven by {@code LoginIT} in a real browser.
 */
@SpringBootTest
class SecurityWebTest {

    /** Built on the application context the other tests share, instead of a context of its own. */
    MockMvc http;

    @Autowired
    WebApplicationContext web;

    @BeforeEach
    void mockMvc() {
        http = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    private static int counter;

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        http.perform(get("/actuator/health"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void hstsIsSentOverHttps() throws Exception {
        http.perform(get("/actuator/health").secure(true))
                .andExpect(header().string("Strict-Transport-Security", Matchers.startsWith("max-age=")));
    }

    @Test
    void theHealthEndpointAnswersWithoutLogin() throws Exception {
        http.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        Actor anna = AccountFixtures.user(context, Role.SALES);
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();

        MvcResult login = http.perform(post("/login").session(before).with(csrf())
                        .param("username", anna.username()).param("password", AccountFixtures.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(login.getRequest().getSession(false).getId()).isNotEqualTo(idBefore);
    }

    @Test
    void aWrongPasswordComesBackToTheLoginAndTheSixthAttemptIsRefusedAsThrottled() throws Exception {
        Actor anna = AccountFixtures.user(context, Role.SALES);
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER; i++) {
            http.perform(post("/login").with(csrf()).with(remoteAddress("198.51.100." + i))
                            .param("username", anna.username()).param("password", "not the password"))
                    .andExpect(redirectedUrl("/login?error"));
        }

        http.perform(post("/login").with(csrf()).with(remoteAddress("198.51.100.99"))
                        .param("username", anna.username()).param("password", AccountFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error=throttled"));
    }

    @Test
    void aSignedInAdministratorWhoIsDemotedHasOnlyTheNewRolesInTheirSessionAtTheNextRequest() throws Exception {
        Actor admin = AccountFixtures.user(context, Role.ADMIN);
        Actor admin2 = AccountFixtures.user(context, Role.ADMIN);
        MockHttpSession session = signIn(admin2);
        assertThat(authorities(session)).containsExactly("ROLE_ADMIN");

        accounts.changeRoles(AccountFixtures.signedIn(admin), admin2.username(), Set.of(Role.SALES));
        AccountFixtures.signOut();
        http.perform(get("/actuator/health").session(session)).andExpect(status().isOk());

        assertThat(session.isInvalid()).isFalse();
        assertThat(authorities(session)).containsExactly("ROLE_SALES");
    }

    @Test
    void aDisabledUsersSessionEndsAtTheirNextRequest() throws Exception {
        Actor admin = AccountFixtures.user(context, Role.ADMIN);
        Actor anna = AccountFixtures.user(context, Role.SALES);
        MockHttpSession session = signIn(anna);

        accounts.setEnabled(AccountFixtures.signedIn(admin), anna.username(), false);
        AccountFixtures.signOut();
        http.perform(get("/actuator/health").session(session)).andExpect(status().isOk());

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void afterAnAdministratorResetsAPasswordTheUsersOtherSessionsEndAtTheirNextRequest() throws Exception {
        Actor admin = AccountFixtures.user(context, Role.ADMIN);
        Actor anna = AccountFixtures.user(context, Role.SALES);
        MockHttpSession laptop = signIn(anna);
        MockHttpSession tablet = signIn(anna);
        http.perform(get("/actuator/health").session(tablet)).andExpect(status().isOk());

        accounts.resetPassword(AccountFixtures.signedIn(admin), anna.username());
        AccountFixtures.signOut();
        http.perform(get("/actuator/health").session(laptop)).andExpect(status().isOk());
        http.perform(get("/actuator/health").session(tablet)).andExpect(status().isOk());

        assertThat(laptop.isInvalid()).isTrue();
        assertThat(tablet.isInvalid()).isTrue();
    }

    @Test
    void afterAUserChangesTheirPasswordTheirOtherSessionsEndButTheOneTheyChangedItInGoesOn() throws Exception {
        Actor anna = AccountFixtures.user(context, Role.SALES);
        MockHttpSession laptop = signIn(anna);
        MockHttpSession tablet = signIn(anna);

        accounts.changeOwnPassword(AccountFixtures.signedIn(anna), AccountFixtures.PASSWORD,
                "Green ladder by the 9th window", "Green ladder by the 9th window");
        AccountFixtures.signOut();
        // What the change-password page does for the session it runs in.
        accounts.keepSignedIn(anna.username(), tablet::setAttribute);
        http.perform(get("/actuator/health").session(laptop)).andExpect(status().isOk());
        http.perform(get("/actuator/health").session(tablet)).andExpect(status().isOk());

        assertThat(laptop.isInvalid()).isTrue();
        assertThat(tablet.isInvalid()).isFalse();
        assertThat(authorities(tablet)).containsExactly("ROLE_SALES");
    }

    private MockHttpSession signIn(Actor actor) throws Exception {
        MvcResult login = http.perform(post("/login").with(csrf()).with(remoteAddress("192.0.2." + (counter++ % 250)))
                        .param("username", actor.username()).param("password", AccountFixtures.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private static List<String> authorities(MockHttpSession session) {
        SecurityContext context = (SecurityContext) session
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context.getAuthentication().getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor remoteAddress(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
