package org.cstoatlas.ui.lesson;

import com.gluonhq.maps.MapLayer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.ui.model.LessonViewModel;

/**
 * The lesson's pin on the map: a marker where the stop shown pins its note. While presenting, a line
 * ties it to the note's box beside the map; otherwise the note's first line stands beside the marker.
 * It takes no clicks: the map under it stays the map.
 */
public final class PinLayer extends MapLayer {

    /** The longest part of a note shown beside the marker outside presentation mode. */
    private static final int TAG_LENGTH = 60;

    private final LessonViewModel lesson;
    private final Region note;
    private final Group marker = new Group();
    private final Line leader = new Line();
    private final Label tag = new Label();

    /** {@code note} is the box the presenter's note stands in (a {@link LessonNote}). */
    public PinLayer(LessonViewModel lesson, Region note) {
        this.lesson = lesson;
        this.note = note;
        setMouseTransparent(true);
        setId("lesson-pin-layer");
        Circle ring = new Circle(15);
        ring.getStyleClass().add("lesson-pin-ring");
        Circle dot = new Circle(6);
        dot.getStyleClass().add("lesson-pin-dot");
        marker.getChildren().addAll(ring, dot);
        marker.setId("lesson-pin-marker");
        marker.getStyleClass().add("lesson-pin");
        leader.setId("lesson-pin-leader");
        leader.getStyleClass().add("lesson-pin-leader");
        tag.setId("lesson-pin-tag");
        tag.getStyleClass().add("lesson-pin-tag");
        tag.setMaxWidth(320);
        tag.setWrapText(true);
        getChildren().addAll(leader, marker, tag);
        lesson.pinProperty().addListener((obs, o, n) -> markDirty());
        lesson.noteShownProperty().addListener((obs, o, n) -> markDirty());
        lesson.noteProperty().addListener((obs, o, n) -> markDirty());
        note.boundsInParentProperty().addListener((obs, o, n) -> markDirty());
        show(false);
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener((obs, o, n) -> markDirty());
    }

    private void show(boolean pin) {
        marker.setVisible(pin);
        leader.setVisible(false);
        tag.setVisible(false);
    }

    @Override
    protected void layoutLayer() {
        Lesson.Pin pin = lesson.pinProperty().get();
        show(pin != null);
        if (pin == null) return;
        Point2D at = getMapPoint(pin.lat(), pin.lon());
        marker.setTranslateX(at.getX());
        marker.setTranslateY(at.getY());
        if (lesson.noteShownProperty().get() && note.isVisible() && note.getScene() != null) {
            // Presenting: a line from the marker to the nearest point of the note's box.
            Bounds box = sceneToLocal(note.localToScene(note.getLayoutBounds()));
            double x = Math.max(box.getMinX(), Math.min(box.getMaxX(), at.getX()));
            double y = Math.max(box.getMinY(), Math.min(box.getMaxY(), at.getY()));
            double dx = x - at.getX(), dy = y - at.getY();
            double length = Math.hypot(dx, dy);
            if (length > 18) {
                // From the ring's edge, not its middle: the place itself stays in sight.
                leader.setStartX(at.getX() + dx / length * 15);
                leader.setStartY(at.getY() + dy / length * 15);
                leader.setEndX(x);
                leader.setEndY(y);
                leader.setVisible(true);
            }
            return;
        }
        String text = lesson.noteProperty().get().lines().findFirst().orElse("").strip();
        if (text.isEmpty()) return;
        tag.setText(text.length() > TAG_LENGTH ? text.substring(0, TAG_LENGTH - 1).strip() + "…" : text);
        tag.applyCss();
        double w = tag.prefWidth(-1);
        // Right of the marker, or left of it where the right runs off the map; where neither side holds
        // it (a narrow map, the browse pane shown), on the roomier side, as narrow as that side: its
        // words wrap rather than run off the map.
        double width = getParent() instanceof Region r ? r.getWidth() : Double.MAX_VALUE;
        double height = getParent() instanceof Region r ? r.getHeight() : Double.MAX_VALUE;
        double right = width - 8 - (at.getX() + 20), left = at.getX() - 20 - 8;
        boolean onRight = w <= right || (w > left && right >= left);
        w = Math.max(0, Math.min(w, onRight ? right : left));
        double h = tag.prefHeight(w);
        tag.resize(w, h);
        double x = onRight ? at.getX() + 20 : at.getX() - 20 - w;
        tag.relocate(x, Math.max(4, Math.min(height - h - 4, at.getY() - h / 2)));
        tag.setVisible(true);
    }

    /** Where the marker's middle stands in the scene (for tests and for framing). */
    public Point2D markerInScene() {
        return marker.localToScene(0, 0);
    }
}
