package org.jiceng.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering the platform is built on, as rules that fail the build: contexts first, then layers
 * ({@code api → application → domain ← infrastructure}), with {@code shared} beneath them all.
 */
class ArchitectureTest {
    static final List<String> CONTEXTS = List.of("grid", "casework", "party", "volunteer", "tenancy", "privacy");
    static JavaClasses platform;

    @BeforeAll
    static void importPlatform() {
        platform = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jiceng.platform");
    }

    @Test
    void sharedDependsOnNoContext() {
        for (String context : CONTEXTS) {
            noClasses().that().resideInAPackage("org.jiceng.platform.shared..")
                    .should().dependOnClassesThat().resideInAPackage("org.jiceng.platform." + context + "..")
                    .because("shared holds the seams every context uses; it must not know any of them")
                    .check(platform);
        }
    }

    @Test
    void domainDependsOnNoOuterLayer() {
        ArchRule rule = noClasses().that().resideInAPackage("org.jiceng.platform..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jiceng.platform..api..",
                        "org.jiceng.platform..application..", "org.jiceng.platform..infrastructure..",
                        "jakarta.ws.rs..", "jakarta.json..")
                .because("rules and state machines know nothing of HTTP, JSON, transactions or SQL");
        rule.check(platform);
    }

    @Test
    void noContextReachesIntoAnotherContextsApiOrInfrastructure() {
        for (String context : CONTEXTS) {
            for (String other : CONTEXTS) {
                if (other.equals(context)) {
                    continue;
                }
                noClasses().that().resideInAPackage("org.jiceng.platform." + context + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                "org.jiceng.platform." + other + ".api..",
                                "org.jiceng.platform." + other + ".infrastructure..")
                        .because("another context is reached through its domain or application only")
                        .check(platform);
            }
        }
    }

    @Test
    void resourcesNeverTouchAnEntityManager() {
        noClasses().that().resideInAPackage("org.jiceng.platform..api..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("transactions and persistence belong to the application and infrastructure layers")
                .check(platform);
    }
}
