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

    /**
     * Locks the rows of the enabled administrators, in id order, until the transaction ends: two changes
     * that could each leave nobody able to administer users then run one after the other, and the
     * second counts what the first committed. Read-committed on H2 and PostgreSQL: the count that follows
     * the lock is a new statement and sees the other change.
     */
    @Query(value = """
            select id from app_user where enabled = true
            and id in (select user_id from app_user_role where role = 'ADMIN')
            order by id for update""", nativeQuery = true)
    List<Long> lockEnabledAdministrators();

    /** Fails on the primary key if the setup was already completed, even by a concurrent request. */
    @Modifying
    @Query(value = "insert into accounts_setup (id, administrator, completed_at) values (1, :username, :at)",
            nativeQuery = true)
    void markSetupCompleted(@Param("username") String username, @Param("at") Instant at);
}
