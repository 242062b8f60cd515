package com.discoverybrief.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.accounts.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest
class PeopleDirectoryTest {

    @Autowired
    People people;

    @Autowired
    ApplicationContext context;

    @Test
    void screensShowTheNamesColleaguesKnowEachOtherBy() {
        Actor salesperson = AccountFixtures.user(context, Role.SALES);
        Actor lead = AccountFixtures.user(context, Role.LEAD);

        assertThat(people.displayNames(List.of(salesperson.username(), lead.username(), "left-the-agency")))
                .containsEntry(salesperson.username(), salesperson.displayName())
                .containsEntry(lead.username(), lead.displayName())
                .containsEntry("left-the-agency", "left-the-agency");
        assertThat(people.displayName(salesperson.username())).isEqualTo("Тестовый " + salesperson.username());
        assertThat(people.displayNames(List.of())).isEmpty();
    }
}
