package org.jiceng.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering the platform is built on, as rules that fail the build: contexts first, then layers
 * ({@code api → application → domain ← infrastructure}), with {@code shared} beneath them all.
 */
class ArchitectureTest {
    static final List<String> CONTEXTS = List.of("grid", "casework", "party", "volunteer", "tenancy", "privacy",
            "deliberation", "commons", "events", "open311", "console");
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
    void applicationServicesReachPersistenceOnlyThroughTheDomainsInterfaces() {
        noClasses().that().resideInAPackage("org.jiceng.platform..application..")
                .should().dependOnClassesThat().resideInAPackage("org.jiceng.platform..infrastructure..")
                .because("an application service uses repositories and read models by their domain interfaces")
                .check(platform);
    }

    /** Which context owns a table, by its name; tables of the platform itself (tenant, outbox …) belong to none. */
    static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("grid_node", "grid"), Map.entry("household", "grid"),
            Map.entry("case_", "casework"), Map.entry("department", "casework"), Map.entry("assignment", "casework"),
            Map.entry("summons", "casework"),
            Map.entry("party_", "party"), Map.entry("community_body", "party"), Map.entry("body_seat", "party"),
            Map.entry("alliance", "party"),
            Map.entry("volunteer", "volunteer"), Map.entry("points_", "volunteer"), Map.entry("reward", "volunteer"),
            Map.entry("redemption", "volunteer"), Map.entry("activity", "volunteer"), Map.entry("wish", "volunteer"),
            Map.entry("council", "deliberation"), Map.entry("topic", "deliberation"), Map.entry("vote", "deliberation"),
            Map.entry("property_", "deliberation"), Map.entry("resident_", "deliberation"),
            Map.entry("fund_", "commons"), Map.entry("list_", "commons"),
            Map.entry("webhook_", "events"), Map.entry("open311_", "open311"));

    /**
     * SQL that reads another context's tables lives only in read models named {@code Sql…Statistics}; every other
     * class of an infrastructure package touches its own context's tables.
     */
    @Test
    void onlyStatisticsReadModelsJoinAnotherContextsTables() throws IOException {
        Pattern table = Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_]+)");
        List<String> trespasses = new ArrayList<>();
        Path sources = Path.of("src/main/java/org/jiceng/platform");
        for (String context : CONTEXTS) {
            Path infrastructure = sources.resolve(context).resolve("infrastructure");
            if (!Files.isDirectory(infrastructure)) {
                continue;
            }
            try (Stream<Path> files = Files.list(infrastructure)) {
                for (Path file : files.filter(f -> !f.getFileName().toString().matches("Sql\\w*Statistics\\.java"))
                        .toList()) {
                    Matcher m = table.matcher(Files.readString(file));
                    while (m.find()) {
                        String owner = owner(m.group(1));
                        if (owner != null && !owner.equals(context)) {
                            trespasses.add(file.getFileName() + " reads " + m.group(1) + " of " + owner);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), trespasses);
    }

    private static String owner(String table) {
        return TABLE_OWNERS.entrySet().stream().filter(e -> table.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    @Test
    void resourcesNeverTouchAnEntityManager() {
        noClasses().that().resideInAPackage("org.jiceng.platform..api..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("transactions and persistence belong to the application and infrastructure layers")
                .check(platform);
    }
}
