package com.discoverybrief.accounts.internal;

import com.discoverybrief.accounts.People;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Display names from the user accounts, in one query for any number of usernames. */
@Component
class PeopleDirectory implements People {

    private final UserAccountRepository users;

    PeopleDirectory(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        usernames.forEach(username -> names.put(username, username));
        if (!usernames.isEmpty()) {
            users.namesOf(usernames).forEach(user -> names.put(user.getUsername(), user.getDisplayName()));
        }
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public String contactLine(String username) {
        return users.findByUsername(username).map(user -> {
            List<String> parts = new ArrayList<>();
            parts.add(user.getDisplayName());
            if (user.getPhone() != null) {
                parts.add(user.getPhone());
            }
            if (user.getEmail() != null) {
                parts.add(user.getEmail());
            }
            return String.join(" · ", parts);
        }).orElse(username);
    }

    public Set<String> known(Collection<String> usernames) {
        Set<String> known = new HashSet<>();
        if (!usernames.isEmpty()) {
            users.namesOf(usernames).forEach(user -> known.add(user.getUsername()));
        }
        return known;
    }
}
