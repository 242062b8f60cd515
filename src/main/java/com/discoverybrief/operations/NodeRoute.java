package com.discoverybrief.operations;

import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Several nodes behind a proxy with sticky sessions: with {@code NODE_NAME} (e.g. {@code a}) set,
 * Tomcat ends every session id with {@code .a} (its "jvmRoute"), so the proxy can send each browser
 * back to the node that holds its Vaadin UI from the very first request on (docs/deploy.md, section 7).
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String name;

    NodeRoute(@Value("${cluster.node-name:}") String name) {
        this.name = name.strip();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!name.isEmpty()) {
            // set as the context starts: it is in its engine then, and its session manager not yet started
            factory.addContextLifecycleListeners(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                        && event.getLifecycle() instanceof Context context) {
                    ((Engine) context.getParent().getParent()).setJvmRoute(name);
                }
            });
        }
    }
}
