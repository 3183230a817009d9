package org.cstoatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.gluonhq.impl.maps.TileImageView;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.layout.StackPane;
import org.cstoatlas.CleanToolkit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A picture is taken once the basemap's tiles are in, and refused, saying how many were missing, when they never come. */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
class TilesDrawnTest {

    @Test
    void waitsForTheTilesThenFailsSayingHowManyNeverCame() throws Exception {
        Offscreen.start();
        TileImageView[] tiles = Offscreen.onFx(() -> new TileImageView[] {new TileImageView(2, 2, 1), new TileImageView(2, 3, 1)});
        StackPane root = Offscreen.onFx(() -> new StackPane(new Group(tiles[0], tiles[1])));
        Offscreen.onFx(() -> TilesDrawn.under(root, 60_000)).get(90, TimeUnit.SECONDS);
        assertNotNull(tiles[0].getImage(), "the first tile is drawn");
        assertNotNull(tiles[1].getImage(), "the second tile is drawn");

        // One tile loses its image and nothing will bring it back: the wait ends at its deadline, loudly.
        Offscreen.onFx(() -> {
            tiles[1].setImage(null);
            return null;
        });
        ExecutionException e = assertThrows(ExecutionException.class, () -> Offscreen.onFx(() -> TilesDrawn.under(root, 300)).get(60, TimeUnit.SECONDS));
        assertEquals("1 of the map's 2 tiles were still being drawn after 300 ms", e.getCause().getMessage());
    }
}
