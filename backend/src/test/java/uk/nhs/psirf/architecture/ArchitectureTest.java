package uk.nhs.psirf.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Package by feature, rules free of HTTP, no cycles between features, and features that meet only at each other's
 * front doors: never another feature's persistence package. The platform and the PSIRF kernel sit under every feature.
 */
class ArchitectureTest {
    private static final String ROOT = "uk.nhs.psirf";
    /** Top-level packages that are not features: everything else under {@link #ROOT} is one. */
    private static final List<String> NOT_FEATURES = List.of("platform", "kernel");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Every feature package, computed from the classes so that a new feature is guarded without editing this test. */
    private static final List<String> FEATURES = CLASSES.stream().map(c -> c.getPackageName())
            .filter(p -> p.startsWith(ROOT + "."))
            .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
            .filter(p -> !NOT_FEATURES.contains(p)).distinct().sorted().toList();

    private static String[] featurePackages() {
        return FEATURES.stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new);
    }

    @Test
    void theFeaturesAreFoundFromTheClasses() {
        assertTrue(FEATURES.containsAll(List.of("people", "responses", "oversight")), () -> "features: " + FEATURES);
        assertFalse(FEATURES.contains("platform") || FEATURES.contains("kernel"), () -> "features: " + FEATURES);
    }

    @Test
    void domainRulesDoNotKnowAboutHttp() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..rest..", "..api..",
                        "io.vertx..")
                .check(CLASSES);
    }

    @Test
    void servicesDoNotDependOnResources() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAPackage("..rest..")
                .check(CLASSES);
    }

    @Test
    void thePlatformDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
                .check(CLASSES);
    }

    @Test
    void theKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
                .check(CLASSES);
    }

    /** A feature reaches another through its front door (e.g. {@code people.Directory}), never its repositories. */
    @Test
    void noFeatureUsesAnotherFeaturesPersistence() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage(ROOT + "." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + feature + ".persistence..")
                    .because("the " + feature + " feature's tables are reached only through its front door")
                    .check(CLASSES);
        }
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("uk.nhs.psirf.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
