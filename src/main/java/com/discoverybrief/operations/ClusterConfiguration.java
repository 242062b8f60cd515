package com.discoverybrief.operations;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs marked {@code @SchedulerLock} run on one node of a cluster at a time: the node that
 * takes the job's row in the {@code shedlock} table, using the database's clock so the nodes' clocks
 * need not agree.
 *
 * <p>The lock wraps the scheduler's call, not the method ({@code PROXY_SCHEDULER}): the jobs return
 * what they did (a count), which a method proxy cannot return for a run it skipped, and a direct call
 * — a test, or an administrator's "now" — is never silently skipped.
 */
@Configuration
@EnableScheduling
@SuppressWarnings("deprecation")
@EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_SCHEDULER, defaultLockAtMostFor = "PT30M")
class ClusterConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }
}
