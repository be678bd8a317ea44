package org.opencity.childcare.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module must drop into a Magnolia instance as it is: no Magnolia class can be
 * imported (Magnolia's artifacts are not on Maven Central) and no host framework may leak
 * in.
 */
class ModuleArchitectureTest {

    private static final JavaClasses MODULE = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("org.opencity.childcare");

    @Test
    void moduleWhenCompiledShouldNotDependOnMagnoliaClasses() {
        noClasses().should().dependOnClassesThat().resideInAPackage("info.magnolia..").check(MODULE);
    }

    @Test
    void moduleWhenCompiledShouldNotDependOnSpringOrServletApis() {
        noClasses().should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "javax.servlet..")
            .check(MODULE);
    }

    @Test
    void moduleWhenCompiledShouldNotDependOnJackrabbitCore() {
        noClasses().should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.jackrabbit.core..")
            .because("the module runs on Magnolia's repository, whatever it is; only the JCR API is shared")
            .check(MODULE);
    }

}
