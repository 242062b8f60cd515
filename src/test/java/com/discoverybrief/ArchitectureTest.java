package com.discoverybrief;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The house rules of STYLE.md, enforced: feature packages, one-way arrows, a pure-Java strategy core. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.discoverybrief");

    @Test
    void strategyImportsNothingButTheJdk() {
        classes().that().resideInAPackage("com.discoverybrief.strategy..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.discoverybrief.strategy..")
                .check(CLASSES);
    }

    @Test
    void theSharedKernelImportsNoFeature() {
        noClasses().that().resideInAPackage("com.discoverybrief.base..")
                .should().dependOnClassesThat().resideInAnyPackage("com.discoverybrief.discovery..",
                        "com.discoverybrief.brief..", "com.discoverybrief.review..", "com.discoverybrief.accounts..",
                        "com.discoverybrief.strategy..")
                .check(CLASSES);
    }

    @Test
    void theBriefKnowsNothingOfJpaOrVaadin() {
        noClasses().that().resideInAPackage("com.discoverybrief.brief..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "com.vaadin..",
                        "org.springframework.data..")
                .check(CLASSES);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("com.discoverybrief.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void modulesRespectEachOthersInternals() {
        ApplicationModules.of(Application.class).verify();
    }
}
