package org.cstoatlas.ui;

/** The window at 1600 × 1000, where the browse pane, the map and the detail pane stand side by side. */
abstract class WideWindowTest extends WindowTest {

    @Override
    double width() {
        return 1600;
    }

    @Override
    double height() {
        return 1000;
    }
}
