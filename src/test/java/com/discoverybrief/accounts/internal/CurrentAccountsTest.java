package com.discoverybrief.accounts.internal;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static com.discoverybrief.accounts.internal.AccountFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The memory of accounts follows the database: at once for a change made on this node, at the next
 * poll (every second) for a change made by another node on the same database, and never trusted when
 * the poll has stopped. "Another node" is a second instance on the same database, polled by hand.
 */
@SpringBootTest
class CurrentAccountsTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private AccountService accounts;
    @Autowired
    private UserAccountRepository users;
    @Autowired
    private JdbcTemplate jdbc;

    private final MutableClock clock = new MutableClock();

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    @Test
    void anotherNodeSeesARoleChangeAtItsNextPoll() {
        CurrentAccounts otherNode = node();
        Actor anna = user(context, Role.ACCOUNT_MANAGER);
        otherNode.refresh();
        assertThat(otherNode.find(anna.username()).orElseThrow().roles()).containsExactly(Role.ACCOUNT_MANAGER);

        accounts.changeRoles(signedIn(user(context, Role.ADMIN)), anna.username(), Set.of(Role.SALES));

        otherNode.refresh();
        assertThat(otherNode.find(anna.username()).orElseThrow().roles()).containsExactly(Role.SALES);
    }

    @Test
    void anotherNodeSeesADisabledAccountAtItsNextPoll() {
        CurrentAccounts otherNode = node();
        Actor anna = user(context, Role.SALES);
        otherNode.refresh();
        assertThat(otherNode.find(anna.username()).orElseThrow().enabled()).isTrue();

        accounts.setEnabled(signedIn(user(context, Role.ADMIN)), anna.username(), false);
        otherNode.refresh();

        assertThat(otherNode.find(anna.username()).orElseThrow().enabled()).isFalse();
    }

    @Test
    void aKnownAccountCostsNoQueryUntilTheUsersTableChanges() {
        CurrentAccounts node = node();
        Actor anna = user(context, Role.SALES);
        node.refresh();
        node.find(anna.username());

        // Changed behind the node's back, without moving the fingerprint: the memory answers.
        jdbc.update("update app_user set display_name = 'Другое имя' where username = ?", anna.username());
        assertThat(node.find(anna.username()).orElseThrow().displayName()).isEqualTo(anna.displayName());
    }

    @Test
    void aNodeWhosePollStoppedDoesNotTrustItsMemoryBeyondThreeIntervals() {
        CurrentAccounts node = node();
        Actor anna = user(context, Role.ACCOUNT_MANAGER);
        node.refresh();
        node.find(anna.username());
        accounts.changeRoles(signedIn(user(context, Role.ADMIN)), anna.username(), Set.of(Role.SALES));

        // No poll ran on that node: within three intervals its memory still answers...
        clock.advance(Duration.ofSeconds(2));
        assertThat(node.find(anna.username()).orElseThrow().roles()).containsExactly(Role.ACCOUNT_MANAGER);
        // ...after that, a look-up checks the database itself first.
        clock.advance(Duration.ofSeconds(2));
        assertThat(node.find(anna.username()).orElseThrow().roles()).containsExactly(Role.SALES);
    }

    private CurrentAccounts node() {
        return new CurrentAccounts(users, jdbc, clock, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }
}
