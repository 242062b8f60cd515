package com.discoverybrief.accounts.internal;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several test application contexts live in one JVM, and each installs its own Vaadin-aware security
 * context strategy globally. Before every test this puts back the strategy of the test's own context,
 * the one its method security reads, so a test's signed-in user is the one its services see. It also
 * tells {@link AccountFixtures} which context (and so which database) the test uses.
 */
public class SecurityContextStrategyListener implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            AccountFixtures.use(testContext.getApplicationContext());
            testContext.getApplicationContext().getBeanProvider(VaadinAwareSecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
        SecurityContextHolder.clearContext();
    }
}
