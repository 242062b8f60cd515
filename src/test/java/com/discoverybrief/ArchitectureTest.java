package com.discoverybrief;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.discoverybrief.discovery.DiscoverySession;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.QueryByExampleExecutor;
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

    /**
     * One way into the session aggregate: only {@code discovery} loads, saves or deletes a session.
     * Other features may keep read-only projection queries over it (the review grid, the statistics),
     * but never hold a session object, call its methods, or write through a repository or the
     * EntityManager.
     */
    @Test
    void onlyDiscoveryLoadsSavesOrDeletesASession() {
        String discovery = "com.discoverybrief.discovery..";
        noClasses().that().resideOutsideOfPackage(discovery)
                .should().accessClassesThat().areAssignableTo(DiscoverySession.class)
                .because("only discovery may create a session or call its methods")
                .check(CLASSES);
        codeUnits().that().areDeclaredInClassesThat().resideOutsideOfPackage(discovery)
                .should(new ArchCondition<JavaCodeUnit>("neither take nor return a session") {
                    @Override
                    public void check(JavaCodeUnit method, ConditionEvents events) {
                        Set<JavaClass> types = new HashSet<>(method.getReturnType().getAllInvolvedRawTypes());
                        method.getParameterTypes().forEach(type -> types.addAll(type.getAllInvolvedRawTypes()));
                        if (types.stream().anyMatch(type -> type.isAssignableTo(DiscoverySession.class))) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " takes or returns a DiscoverySession"));
                        }
                    }
                })
                .check(CLASSES);
        classes().that().resideOutsideOfPackage(discovery).and().areAssignableTo(Repository.class)
                .should(new ArchCondition<JavaClass>("be read-only when they query sessions") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        boolean overSessions = repository.getInterfaces().stream()
                                .flatMap(type -> type.getAllInvolvedRawTypes().stream())
                                .anyMatch(type -> type.isAssignableTo(DiscoverySession.class));
                        if (!overSessions) {
                            return;
                        }
                        if (repository.isAssignableTo(CrudRepository.class)
                                || repository.isAssignableTo(QueryByExampleExecutor.class)) {
                            events.add(SimpleConditionEvent.violated(repository, repository.getName()
                                    + " inherits methods that load, save or delete sessions"));
                        }
                        repository.getMethods().stream()
                                .filter(method -> !method.isAnnotatedWith(Query.class)
                                        || method.isAnnotatedWith(Modifying.class))
                                .forEach(method -> events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " is not a read-only @Query")));
                    }
                })
                .allowEmptyShould(true)
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage(discovery)
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.<JavaClass>owner(
                        assignableTo(EntityManager.class)))
                        .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
                                "persist|merge|remove|find|getReference|refresh|lock|createNativeQuery"))))
                .orShould().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
                        "executeUpdate")))
                .because("outside discovery the EntityManager may only run read-only projection queries")
                .check(CLASSES);
    }

    @Test
    void modulesRespectEachOthersInternals() {
        ApplicationModules.of(Application.class).verify();
    }
}
