package org.cstoatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core (record, dataset, geo, files) and the command line stay plain Java: no JavaFX, no view code. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.cstoatlas");
    }

    @Test
    void theCoreImportsNoJavaFx() {
        noClasses().that().resideInAnyPackage("org.cstoatlas.record..", "org.cstoatlas.dataset..", "org.cstoatlas.geo..", "org.cstoatlas.files..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void theCoreDoesNotReachIntoTheWindowOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.cstoatlas.record..", "org.cstoatlas.dataset..", "org.cstoatlas.geo..", "org.cstoatlas.files..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cstoatlas.ui..", "org.cstoatlas.cli..")
                .check(classes);
    }

    @Test
    void theRecordDoesNotKnowHowItIsStored() {
        noClasses().that().resideInAnyPackage("org.cstoatlas.record..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cstoatlas.dataset..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void theCommandLineImportsNoJavaFx() {
        noClasses().that().resideInAnyPackage("org.cstoatlas.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "org.controlsfx..")
                .check(classes);
    }
}
