package com.discoverybrief;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServletService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.auth.MenuAccessControl;
import java.util.stream.Stream;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Karibu's servlet, with one difference that matters to the router: views secured with
 * {@code @PermitAll}/{@code @RolesAllowed} are Spring proxies, and Vaadin reuses the view on screen
 * for a navigation to the same route only if it recognises the proxy's class. The real Spring
 * instantiator does; Karibu's mock did not, so every server-side test navigation built a new view and
 * could not show what a repeated navigation does to the one on screen.
 */
public class ProxyAwareMockServlet extends MockSpringServlet {

    public ProxyAwareMockServlet(Routes routes, ApplicationContext context, Function0<UI> uiFactory) {
        super(routes, context, uiFactory);
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        VaadinServletService service = new MockSpringServletService(this, configuration, ctx, uiFactory) {
            @Override
            public Instantiator getInstantiator() {
                return new SeeingThroughProxies(super.getInstantiator());
            }
        };
        service.init();
        routes.register((VaadinServletContext) service.getContext());
        return service;
    }

    private record SeeingThroughProxies(Instantiator mock) implements Instantiator {

        @Override
        public Stream<VaadinServiceInitListener> getServiceInitListeners() {
            return mock.getServiceInitListeners();
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            return mock.getOrCreate(type);
        }

        @Override
        public <T extends Component> T createComponent(Class<T> componentClass) {
            return mock.createComponent(componentClass);
        }

        @Override
        public Class<?> getApplicationClass(Class<?> clazz) {
            return ClassUtils.getUserClass(clazz);
        }

        @Override
        public I18NProvider getI18NProvider() {
            return mock.getI18NProvider();
        }

        @Override
        public MenuAccessControl getMenuAccessControl() {
            return mock.getMenuAccessControl();
        }
    }
}
