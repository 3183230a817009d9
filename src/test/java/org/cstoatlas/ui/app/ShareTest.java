package org.cstoatlas.ui.app;

import org.cstoatlas.Fx;
import org.cstoatlas.CleanToolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.cstoatlas.AtlasData;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Language;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.state.WindowOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Classroom ▸ Lessons opens a ready lesson; File ▸ Share ▸ Web page writes the atlas with it, with a progress bar. */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
@ExtendWith(ApplicationExtension.class)
class ShareTest {

    static AtlasData data;

    @BeforeAll
    static void load() throws Exception {
        data = AtlasData.loadBundled();
    }

    private static MenuItem find(MenuBar bar, String id) {
        for (Menu m : bar.getMenus()) {
            MenuItem i = find(m, id);
            if (i != null) return i;
        }
        return null;
    }

    private static MenuItem find(Menu menu, String id) {
        for (MenuItem i : menu.getItems()) {
            if (id.equals(i.getId())) return i;
            if (i instanceof Menu sub) {
                MenuItem found = find(sub, id);
                if (found != null) return found;
            }
        }
        return null;
    }

    @Test
    void aReadyLessonOpensFromTheMenuAndLeavesAsAWebPage(FxRobot robot, @TempDir Path home) throws Exception {
        Session[] s = new Session[1];
        Fx.act(() -> s[0] = Session.open(new Stage(), data, WindowOptions.NONE, home));
        Fx.settle();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        // The ready lessons are read when Classroom first opens, as a teacher opens it.
        Menu classroom = bar.getMenus().stream().filter(m -> "classroom-menu".equals(m.getId())).findFirst().orElseThrow();
        Fx.act(classroom::show);
        Fx.act(classroom::hide);
        Menu lessons = (Menu) find(bar, "ready-lessons");
        Lesson eight = Lesson.read(Bundled.assets().resolve("lessons/csto-in-eight-dates.cstolesson"), AtlasState.initial(java.time.LocalDate.now(), Language.EN));
        MenuItem item = lessons.getItems().stream().filter(i -> i.getText().equals(eight.title(Language.EN))).findFirst().orElseThrow();
        Fx.act(item::fire);
        assertTrue(s[0].window().viewModel().lesson().isOpen());
        assertEquals(eight.stop(0).state().date(), s[0].window().viewModel().getDate(), "on its first stop");

        assertTrue(find(bar, "share-web") != null, "File ▸ Share ▸ Web page is in the menu");
        Path out = home.resolve("lesson.html");
        @SuppressWarnings("unchecked")
        CompletableFuture<Boolean>[] done = new CompletableFuture[1];
        Fx.act(() -> done[0] = s[0].shareWebPage(out));
        assertTrue(done[0].get(120, TimeUnit.SECONDS));
        String page = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(page.contains(eight.stop(0).note(Language.EN)), "the lesson's notes are in the page");
        assertTrue(page.contains(eight.stop(0).note(Language.RU)), "in both languages");
        assertFalse(page.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing fetched from elsewhere");
        assertTrue(robot.lookup("#progress-bar").tryQuery().isEmpty(), "the progress panel closes");
        Fx.act(() -> s[0].window().root().getScene().getWindow().hide());
    }
}
