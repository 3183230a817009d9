package org.cstoatlas.ui;

import java.util.Collection;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.Search;
import org.cstoatlas.ui.state.AtlasViewModel;

/** A search box with suggestions as the user types; choosing one selects it and moves the date to it. */
public final class SearchField extends TextField {

    private final AtlasViewModel vm;
    private final AutoCompletionBinding<Search.Hit> binding;

    public SearchField(AtlasViewModel vm) {
        this.vm = vm;
        setId("search");
        getStyleClass().add("search-field");
        setPromptText("Search countries, events, places, quotes…");
        setAccessibleText("Search the atlas");
        setTooltip(new Tooltip("Countries (in English or Russian), events, deployments, forces, places and words in the quotes (Ctrl+F)"));
        setPrefColumnCount(22);
        Search search = new Search(vm.record());
        binding = TextFields.bindAutoCompletion(this, request -> search.find(request.getUserText(), 12), new StringConverter<>() {
            @Override
            public String toString(Search.Hit hit) {
                return hit == null ? "" : kindLabel(hit.kind()) + " · " + hit.title() + (hit.detail().isEmpty() ? "" : " — " + hit.detail());
            }

            @Override
            public Search.Hit fromString(String s) {
                return null;
            }
        });
        binding.setVisibleRowCount(12);
        binding.setOnAutoCompleted(e -> {
            choose(e.getCompletion());
            // Leave the field showing what was chosen, not the long suggestion line.
            javafx.application.Platform.runLater(() -> setText(e.getCompletion().title()));
        });
    }

    static String kindLabel(Search.Kind kind) {
        return switch (kind) {
            case COUNTRY -> "Country";
            case EVENT -> "Event";
            case DEPLOYMENT -> "Deployment";
            case FORCE -> "Force";
            case QUOTE -> "Quote";
        };
    }

    /** Selects what the hit leads to; an event, a deployment or a force also moves the date there. */
    public void choose(Search.Hit hit) {
        Object t = hit.target();
        if (t instanceof Country c) vm.selectCountry(c);
        else if (t instanceof Event e) vm.selectEvent(e);
        else if (t instanceof Deployment d) vm.selectDeployment(d);
        else if (t instanceof Force f) vm.selectForce(f);
    }

    /** The suggestions shown now (for tests and screen readers). */
    public Collection<Search.Hit> suggestions() {
        return binding.getAutoCompletionPopup().getSuggestions();
    }
}
