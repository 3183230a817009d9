package org.cstoatlas.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.cstoatlas.record.Language;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class NoticeProbeTest extends WindowTest {
    @Start
    void open(Stage stage) {
        start(stage);
    }

    @Override
    void prepare(AtlasViewModel vm) {
        vm.languageProperty().set(Language.RU);
    }

    @Test
    void probe(FxRobot robot) {
        javafx.scene.Node play = robot.lookup("#play").query();
        double before = play.localToScene(play.getLayoutBounds()).getMaxY();
        robot.interact(() -> window.notice().written(Path.of("/tmp/home-12/odkb.gif")));
        WaitForAsyncUtils.waitForFxEvents();
        double after = play.localToScene(play.getLayoutBounds()).getMaxY();
        StringBuilder sb = new StringBuilder("play " + before + " -> " + after + " scene " + window.root().getScene().getHeight() + "\n");
        javafx.scene.layout.Region mp = (javafx.scene.layout.Region) window.map().getParent();
        sb.append("mapPane h " + mp.getHeight() + " min " + mp.minHeight(-1) + "\n");
        for (javafx.scene.Node n : mp.getChildrenUnmodifiable()) sb.append(n.getClass().getSimpleName() + " managed " + n.isManaged() + " vis " + n.isVisible() + " min " + n.minHeight(-1) + " margin " + javafx.scene.layout.StackPane.getMargin(n) + "\n");
        throw new AssertionError(sb.toString());
    }
}
