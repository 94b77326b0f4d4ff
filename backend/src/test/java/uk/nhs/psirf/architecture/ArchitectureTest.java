package uk.nhs.psirf.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Package by feature, rules free of HTTP, and no cycles between features. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.nhs.psirf");

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
    void thePlatformDoesNotDependOnFeatures() {
        noClasses().that().resideInAPackage("uk.nhs.psirf.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.nhs.psirf.incident..",
                        "uk.nhs.psirf.reference..", "uk.nhs.psirf.me..", "uk.nhs.psirf.responseplan..")
                .check(CLASSES);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("uk.nhs.psirf.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
