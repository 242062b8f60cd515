package com.discoverybrief;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Discovery Brief: guided discovery sessions and strategy briefs for an agency's sales team. */
@SpringBootApplication
@Theme("discovery-brief")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The favicon and app icons (static files under META-INF/resources), so no browser asks for a missing one. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("icon", "favicon.ico");
        settings.addFavIcon("icon", "icons/icon.svg", "any");
        settings.addFavIcon("apple-touch-icon", "icons/apple-touch-icon.png", "180x180");
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addMetaTag("theme-color", "#145fb8");
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
