package org.cstoatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house: core (record, dataset, geo) ← state ← view models ← views ← the session; the command line
 * beside the window, reaching it only through the desktop it is handed. No package cycle anywhere.
 */
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

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                return c.getPackageName().startsWith("org.cstoatlas") ? SliceIdentifier.of(c.getPackageName()) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the atlas's packages";
            }
        }).should().beFreeOfCycles().check(classes);
    }

    @Test
    void theStateIsPlainJavaBelowTheWindowAndTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.cstoatlas.state..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "org.controlsfx..",
                        "org.cstoatlas.ui..", "org.cstoatlas.cli..", "org.cstoatlas.launch..")
                .check(classes);
    }

    @Test
    void theCommandLineNamesNoWindowClass() {
        noClasses().that().resideInAnyPackage("org.cstoatlas.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cstoatlas.ui..", "org.cstoatlas.launch..")
                .check(classes);
    }

    @Test
    void viewModelsKnowNoViews() {
        noClasses().that().resideInAnyPackage("org.cstoatlas.ui.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cstoatlas.ui.look..", "org.cstoatlas.ui.map..",
                        "org.cstoatlas.ui.detail..", "org.cstoatlas.ui.timeline..", "org.cstoatlas.ui.browse..",
                        "org.cstoatlas.ui.window..", "org.cstoatlas.ui.app..", "org.cstoatlas.ui.tools..",
                        "org.cstoatlas.ui.lesson..", "org.cstoatlas.ui.quiz..",
                        "javafx.scene..", "com.gluonhq..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void viewsDoNotBuildTheWindowOrItsSession() {
        noClasses().that().resideInAnyPackage("org.cstoatlas.ui.map..", "org.cstoatlas.ui.detail..", "org.cstoatlas.ui.timeline..",
                        "org.cstoatlas.ui.browse..", "org.cstoatlas.ui.tools..", "org.cstoatlas.ui.look..",
                        "org.cstoatlas.ui.lesson..", "org.cstoatlas.ui.quiz..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cstoatlas.ui.window..", "org.cstoatlas.ui.app..")
                .check(classes);
    }
}
