package org.cstoatlas.ui.tools;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.Locale;
import java.util.Optional;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.ui.AtlasWindow;
import org.cstoatlas.ui.state.AtlasViewModel;
import org.cstoatlas.ui.state.Selection;

/** Takes a {@link SavedView} from a window and puts one back. */
public final class SavedViews {

    private SavedViews() {
    }

    public static SavedView capture(AtlasWindow window) {
        AtlasViewModel vm = window.viewModel();
        String kind = null;
        String id = null;
        Selection s = vm.getSelection();
        if (s instanceof Selection.OfCountry c) {
            kind = "country";
            id = c.country().iso();
        } else if (s instanceof Selection.OfEvent e) {
            kind = "event";
            id = e.event().id();
        } else if (s instanceof Selection.OfDeployment d) {
            kind = "deployment";
            id = d.deployment().id();
        } else if (s instanceof Selection.OfForce f) {
            kind = "force";
            id = f.force().id();
        }
        MapPoint centre = window.map().getCenter();
        return new SavedView(vm.getDate(), kind, id, vm.compareDateProperty().get(), window.map().getZoom(),
                centre == null ? null : centre.getLatitude(), centre == null ? null : centre.getLongitude(),
                vm.themeProperty().get(), vm.textScaleProperty().get());
    }

    /** The selection a kind and id name in the record, if it holds it. */
    public static Optional<Selection> find(AllianceRecord record, String kind, String id) {
        return switch (kind) {
            case "country" -> record.country(id).map(Selection.OfCountry::new);
            case "event" -> record.event(id).map(Selection.OfEvent::new);
            case "deployment" -> record.deployments().stream().filter(d -> d.id().equals(id)).findFirst().map(Selection.OfDeployment::new);
            case "force" -> record.forces().stream().filter(f -> f.id().equals(id)).findFirst().map(Selection.OfForce::new);
            default -> Optional.empty();
        };
    }

    /** What {@code --select} names: a country by its ISO3 code, else an event by its id. */
    public static Optional<Selection> findCountryOrEvent(AllianceRecord record, String id) {
        Optional<Selection> country = find(record, "country", id.toUpperCase(Locale.ROOT));
        return country.isPresent() ? country : find(record, "event", id);
    }

    /**
     * Checks that the record holds the view's selection, before anything changes.
     *
     * @throws IllegalArgumentException saying what is missing
     */
    public static Optional<Selection> selectionOf(AllianceRecord record, SavedView view) {
        if (view.selectionKind() == null) return Optional.empty();
        return Optional.of(find(record, view.selectionKind(), view.selectionId()).orElseThrow(() -> new IllegalArgumentException(
                "selection: no " + view.selectionKind() + " '" + view.selectionId() + "' in this dataset")));
    }

    /** Puts the view back: the given fields change, the others stay. Call when the map has its size. */
    public static void apply(SavedView view, AtlasWindow window) {
        AtlasViewModel vm = window.viewModel();
        Optional<Selection> selection = selectionOf(vm.record(), view);
        if (view.date() != null) vm.setDate(view.date());
        vm.selectionProperty().set(selection.orElse(null));
        vm.compareDateProperty().set(view.compareDate());
        if (view.theme() != null) vm.themeProperty().set(view.theme());
        if (view.textScale() != null) vm.textScaleProperty().set(view.textScale());
        MapView map = window.map();
        if (view.zoom() != null) map.setZoom(view.zoom());
        if (view.centreLat() != null) map.setCenter(view.centreLat(), view.centreLon());
    }

    /** Runs once the map has a width: before that, the window fits Eurasia to it and would undo a zoom or centre. */
    public static void whenMapSized(AtlasWindow window, Runnable action) {
        MapView map = window.map();
        if (map.getWidth() > 0) {
            action.run();
            return;
        }
        map.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number o, Number n) {
                if (n.doubleValue() > 0) {
                    map.widthProperty().removeListener(this);
                    action.run();
                }
            }
        });
    }
}
