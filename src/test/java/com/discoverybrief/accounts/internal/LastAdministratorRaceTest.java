package com.discoverybrief.accounts.internal;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static com.discoverybrief.accounts.internal.AccountFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * "At least one enabled administrator" holds when two administrators act on each other at the same
 * moment, each in their own transaction: two threads, released together, on H2 and (with the postgres
 * profile) PostgreSQL. The test makes the two the only enabled administrators in the database for its
 * duration and gives the others back afterwards.
 */
@SpringBootTest
class LastAdministratorRaceTest {

    private static final int ROUNDS = 15;

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository users;
    @Autowired
    JdbcTemplate jdbc;

    private List<Long> othersDisabled = List.of();

    @BeforeEach
    void onlyThisTestsAdministrators() {
        othersDisabled = jdbc.queryForList("""
                select id from app_user where enabled = true
                and id in (select user_id from app_user_role where role = 'ADMIN')""", Long.class);
        othersDisabled.forEach(id -> jdbc.update("update app_user set enabled = false, version = version + 1 where id = ?", id));
    }

    @AfterEach
    void giveTheOthersBack() {
        othersDisabled.forEach(id -> jdbc.update("update app_user set enabled = true, version = version + 1 where id = ?", id));
        AccountFixtures.signOut();
    }

    @Test
    void twoAdministratorsDisablingEachOtherAtOnceLeaveOneEnabled() throws Exception {
        race((me, other) -> accounts.setEnabled(me, other.username(), false));
    }

    @Test
    void twoAdministratorsDemotingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
        race((me, other) -> accounts.changeRoles(me, other.username(), Set.of(Role.SALES)));
    }

    private void race(Action action) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Actor anna = user(context, Role.ADMIN);
                Actor boris = user(context, Role.ADMIN);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                outcomes.add(threads.submit(() -> act(together, anna, boris, action)));
                outcomes.add(threads.submit(() -> act(together, boris, anna, action)));
                int done = 0;
                for (Future<Boolean> outcome : outcomes) {
                    done += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(users.countEnabledWithRole(Role.ADMIN)).as("enabled administrators after round %d", round)
                        .isEqualTo(1);
                assertThat(done).as("changes that went through in round %d", round).isEqualTo(1);
                // Next round starts with these two out of the way.
                jdbc.update("update app_user set enabled = false, version = version + 1 where username in (?, ?)",
                        anna.username(), boris.username());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private boolean act(CyclicBarrier together, Actor me, Actor other, Action action) throws Exception {
        signedIn(me);
        try {
            together.await(30, TimeUnit.SECONDS);
            action.run(me, other);
            return true;
        } catch (AccountException refused) {
            assertThat(refused.messageKey()).isEqualTo("admin.last-admin");
            return false;
        } catch (AccessDeniedException refused) {
            // The other one's change committed before this one started: I am no longer an administrator.
            return false;
        } finally {
            AccountFixtures.signOut();
        }
    }

    private interface Action {
        void run(Actor me, Actor other);
    }
}
