package com.discoverybrief;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Base for server-side UI tests: the real Spring context and views, a mocked browser, Russian UI.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.discoverybrief");

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        useLocale(Locale.forLanguageTag("ru"));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    protected static void useLocale(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    /** The path of the view now shown, e.g. {@code session/12}. */
    protected static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
