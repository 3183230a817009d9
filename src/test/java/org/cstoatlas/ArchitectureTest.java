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

    /**
     * A test class that starts the toolkit (TestFX, a stage, an off-screen snapshot) must say so with
     * {@code @Tag("toolkit")}: untagged classes share one JVM, where a window would leak into the next class.
     */
    @Test
    void everyTestThatStartsTheToolkitIsTaggedSo() throws ClassNotFoundException {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("org.cstoatlas");
        java.util.Set<String> starters = new java.util.TreeSet<>();
        for (JavaClass c : tests) {
            boolean starts = c.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass().getName()).anyMatch(n ->
                    n.startsWith("org.testfx.") || n.startsWith("javafx.stage.") || n.equals("javafx.application.Platform")
                            || n.equals("org.cstoatlas.ui.app.Offscreen") || n.equals("org.cstoatlas.ui.app.Snapshot"));
            if (starts) starters.add(c.getName().replaceAll("\\$.*", ""));
        }
        java.util.List<String> untagged = new java.util.ArrayList<>();
        for (String name : starters) {
            Class<?> k = Class.forName(name, false, getClass().getClassLoader());
            boolean tagged = java.util.Arrays.stream(k.getAnnotationsByType(org.junit.jupiter.api.Tag.class)).anyMatch(t -> t.value().equals("toolkit"));
            // Only test classes run in a JVM of their own choosing; a probe the tests share is not one.
            if (!tagged && k.getSimpleName().endsWith("Test")) untagged.add(name);
        }
        org.junit.jupiter.api.Assertions.assertTrue(starters.size() > 0, "no test starting the toolkit was found: the rule looks at nothing");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), untagged, "start the toolkit but are not tagged \"toolkit\"");
    }

    /**
     * The window tests share their JVMs: each class tagged {@code "toolkit"} starts from a clean toolkit
     * through {@link CleanToolkit} (no window, key or pointer left by the class before, English, light).
     */
    @Test
    void everyWindowTestStartsFromACleanToolkit() throws ClassNotFoundException {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("org.cstoatlas");
        java.util.List<String> tagged = new java.util.ArrayList<>(), unclean = new java.util.ArrayList<>();
        for (JavaClass c : tests) {
            if (c.isNestedClass() || c.isAnonymousClass()) continue;
            Class<?> k = Class.forName(c.getName(), false, getClass().getClassLoader());
            if (java.util.Arrays.stream(k.getAnnotationsByType(org.junit.jupiter.api.Tag.class)).noneMatch(t -> t.value().equals("toolkit"))) continue;
            tagged.add(c.getName());
            boolean clean = java.util.Arrays.stream(k.getAnnotationsByType(org.junit.jupiter.api.extension.ExtendWith.class))
                    .anyMatch(e -> java.util.Arrays.asList(e.value()).contains(CleanToolkit.class));
            if (!clean) unclean.add(c.getName());
        }
        org.junit.jupiter.api.Assertions.assertFalse(tagged.isEmpty(), "the window tests were not found: " + tagged);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), unclean, "tagged \"toolkit\" but not extended with CleanToolkit");
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

    /** The map's own view model decides what is drawn and where in plain numbers; only the layers make nodes. */
    @Test
    void theMapsModelKnowsNoNodes() {
        noClasses().that().resideInAnyPackage("org.cstoatlas.ui.map.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.geometry..", "com.gluonhq..", "org.controlsfx..",
                        "org.cstoatlas.ui.look..", "org.cstoatlas.ui.map", "org.cstoatlas.ui.detail..", "org.cstoatlas.ui.timeline..",
                        "org.cstoatlas.ui.browse..", "org.cstoatlas.ui.window..", "org.cstoatlas.ui.app..", "org.cstoatlas.ui.tools..",
                        "org.cstoatlas.ui.lesson..", "org.cstoatlas.ui.quiz..")
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
