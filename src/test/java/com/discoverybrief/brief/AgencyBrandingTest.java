package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AgencyBrandingTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(BriefConfiguration.class);

    @Test
    void anUnconfiguredInstallGetsTheDefaultBranding() {
        context.run(ctx -> assertThat(ctx.getBean(AgencyBranding.class)).isEqualTo(AgencyBranding.defaults()));
    }

    @Test
    void bindsTheAgencyFromBriefAgencyProperties() {
        context.withPropertyValues("brief.agency.name=Агентство «Рост»", "brief.agency.logo=file:/srv/rost/logo.png",
                        "brief.agency.contact=+7 843 000-00-00 · rost.example", "brief.agency.accent-color=#C2410C")
                .run(ctx -> assertThat(ctx.getBean(AgencyBranding.class)).isEqualTo(new AgencyBranding(
                        "Агентство «Рост»", "file:/srv/rost/logo.png", "+7 843 000-00-00 · rost.example", "#C2410C")));
    }

    @Test
    void refusesToStartWithAColourThatIsNotHex() {
        context.withPropertyValues("brief.agency.accent-color=teal").run(ctx -> assertThat(ctx).hasFailed());
        assertThatIllegalArgumentException().isThrownBy(() -> new AgencyBranding("A", null, null, "#12345"));
    }

    @Test
    void theDefaultLogoIsShippedWithTheApp() {
        assertThat(LogoImages.copyOf(AgencyBranding.DEFAULT_LOGO)).isPresent();
    }

    @Test
    void readsALogoFromAFileAndHandsOutIndependentCopies(@TempDir Path dir) throws Exception {
        Path logo = dir.resolve("logo.png");
        try (var in = getClass().getResourceAsStream("/brief/default-logo.png")) {
            Files.write(logo, in.readAllBytes());
        }

        var first = LogoImages.copyOf("file:" + logo).orElseThrow();
        var second = LogoImages.copyOf(logo.toString()).orElseThrow();
        first.scaleToFit(10, 10);

        assertThat(second.getScaledWidth()).isEqualTo(192);
    }

    @Test
    void aMissingLogoLeavesItOutInsteadOfFailingTheBrief() {
        AgencyBranding branding = new AgencyBranding("Рост", "classpath:no/such/logo.png", null, null);
        BriefDocument brief = BriefFixtures.russianClinic();
        BriefDocument withoutLogo = new BriefDocument(brief.header(), brief.answers(), brief.assessment(), branding,
                brief.locale(), brief.generatedOn());

        assertThat(LogoImages.copyOf(branding.logo())).isEmpty();
        assertThat(ReadBack.text(BriefFixtures.render(withoutLogo))).contains("Рост", "Вопросы к следующей встрече");
    }
}
