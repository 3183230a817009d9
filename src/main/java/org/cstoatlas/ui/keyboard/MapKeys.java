package org.cstoatlas.ui.keyboard;

import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.ui.look.StatusStyle;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.map.CountryLayer;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * The map's keys: when the map has the focus, Alt and an arrow move the keyboard's country (the arrows
 * alone step the date, as everywhere), Enter selects it; the country is ringed on the map, and the
 * map's accessible text names it with its status, so a screen reader says where the keyboard is.
 */
public final class MapKeys {

    private final Node map;
    private final MapCursor cursor;
    private final CountryLayer countries;

    private MapKeys(Node map, MapCursor cursor, CountryLayer countries) {
        this.map = map;
        this.cursor = cursor;
        this.countries = countries;
    }

    /** Gives the map its keys and its spoken text; the cursor places countries where the map names them. */
    public static MapCursor install(Node map, CountryLayer countries, AtlasViewModel vm) {
        MapCursor cursor = new MapCursor(vm, c -> {
            double[] anchor = countries.anchorOf(c.iso());
            return anchor != null ? anchor : c.capital() == null ? null : new double[] {c.capital().lat(), c.capital().lon()};
        });
        MapKeys keys = new MapKeys(map, cursor, countries);
        map.setAccessibleRole(AccessibleRole.NODE);
        // The map's focus frame: a border of the map itself lies under its tiles, so a frame is laid
        // over the map (and under what lies over it), seen only while the map has the focus.
        if (map.getParent() instanceof javafx.scene.layout.StackPane pane) {
            javafx.scene.layout.Region frame = new javafx.scene.layout.Region();
            frame.getStyleClass().add("map-focus-frame");
            frame.setMouseTransparent(true);
            frame.setFocusTraversable(false);
            frame.visibleProperty().bind(map.focusedProperty());
            pane.getChildren().add(pane.getChildren().indexOf(map) + 1, frame);
        }
        map.addEventFilter(KeyEvent.KEY_PRESSED, keys::key);
        map.focusedProperty().addListener((obs, was, on) -> {
            if (on) cursor.reach();
            keys.show();
        });
        cursor.focusedProperty().addListener((obs, o, n) -> keys.show());
        vm.dateProperty().addListener((obs, o, n) -> keys.speak());
        keys.speak();
        return cursor;
    }

    private void key(KeyEvent e) {
        if (e.isAltDown() && !e.isControlDown() && !e.isShiftDown()) {
            MapCursor.Direction d = switch (e.getCode()) {
                case UP -> MapCursor.Direction.UP;
                case DOWN -> MapCursor.Direction.DOWN;
                case LEFT -> MapCursor.Direction.LEFT;
                case RIGHT -> MapCursor.Direction.RIGHT;
                default -> null;
            };
            if (d != null) {
                cursor.move(d);
                e.consume();
            }
        } else if (e.getCode() == KeyCode.ENTER && cursor.focusedProperty().get() != null) {
            cursor.select();
            e.consume();
        }
    }

    /** The ring on the map while the map has the focus, and the words for it. */
    private void show() {
        Country c = cursor.focusedProperty().get();
        countries.keyboardFocus(map.isFocused() && c != null ? c.iso() : null);
        speak();
    }

    private void speak() {
        map.setAccessibleText(text());
        map.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    /** "Map. Kazakhstan: Member of the CSTO since 7 October 2002. Alt+arrow keys ..." */
    String text() {
        Country c = cursor.focusedProperty().get();
        if (c == null) return Texts.get("map.keys.accessible");
        StatusAt s = cursor.status();
        String status = s == null ? Texts.get("status.none") : StatusStyle.describe(s, cursor.firstAlliance());
        return Texts.format("map.keys.accessibleOn", Texts.name(c), status);
    }
}
