package io.wardwatt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of ../shared/STYLE.md: a package's core (its root and any sub-package other than
 * store, rest and runtime) imports no framework; adapters reach other packages only through their root;
 * the domain packages have no cycles.
 */
class ArchitectureTest {

    private static final String[] DOMAINS = {"access", "acquisition", "audit", "readings", "site", "plant", "forecast",
        "optimize", "control", "carbon", "reporting", "goals", "sim", "alerts", "standby", "spaces", "climate", "solar", "demo"};

    private static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta..", "io.smallrye..", "io.vertx..", "org.hibernate..",
        "com.ghgande..", "org.eclipse.microprofile..", "io.agroal..", "org.postgresql..", "io.micrometer..", "org.jboss.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wardwatt");

    @Test
    void theCoreImportsNoFramework() {
        for (String domain : DOMAINS) {
            noClasses().that().resideInAPackage("io.wardwatt." + domain + "..")
                    .and().resideOutsideOfPackages("io.wardwatt." + domain + ".store..", "io.wardwatt." + domain + ".rest..",
                            "io.wardwatt." + domain + ".runtime..")
                    .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                    .allowEmptyShould(true)
                    .check(classes);
        }
        noClasses().that().resideInAnyPackage("io.wardwatt.input..", "io.wardwatt.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS).check(classes);
    }

    @Test
    void adaptersReachOtherPackagesOnlyThroughTheirRoot() {
        for (String domain : DOMAINS) {
            for (String other : DOMAINS) {
                if (other.equals(domain)) {
                    continue;
                }
                noClasses().that().resideInAPackage("io.wardwatt." + domain + "..")
                        .should().dependOnClassesThat().resideInAnyPackage("io.wardwatt." + other + ".store..",
                                "io.wardwatt." + other + ".rest..")
                        .allowEmptyShould(true)
                        .because("a package's store and rest are its own; others use its root (and its runtime services)")
                        .check(classes);
            }
        }
    }

    @Test
    void domainPackagesHaveNoCycles() {
        slices().matching("io.wardwatt.(*)..").should().beFreeOfCycles().check(classes);
    }
}
