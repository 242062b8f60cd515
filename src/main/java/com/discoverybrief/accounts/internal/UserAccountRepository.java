package com.discoverybrief.accounts.internal;

import com.discoverybrief.accounts.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    /** The user with their roles in one statement. */
    @EntityGraph(attributePaths = "roles")
    Optional<UserAccount> findWithRolesByUsername(String username);

    List<UserAccount> findAllByOrderByUsernameAsc();

    /** Usernames and display names only: one statement, no roles. */
    @Query("select u.username as username, u.displayName as displayName from UserAccount u where u.username in :usernames")
    List<Name> namesOf(@Param("usernames") Collection<String> usernames);

    /** A username and the name people know. */
    interface Name {
        String getUsername();

        String getDisplayName();
    }

    @Query("select count(u) from UserAccount u join u.roles r where u.enabled = true and r = :role")
    long countEnabledWithRole(@Param("role") Role role);

    /** Fails on the primary key if the setup was already completed, even by a concurrent request. */
    @Modifying
    @Query(value = "insert into accounts_setup (id, administrator, completed_at) values (1, :username, :at)",
            nativeQuery = true)
    void markSetupCompleted(@Param("username") String username, @Param("at") Instant at);
}
