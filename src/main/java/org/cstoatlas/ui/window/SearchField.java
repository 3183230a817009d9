package org.cstoatlas.ui.window;

import org.cstoatlas.ui.look.HoverTip;
import org.cstoatlas.ui.look.Texts;

import java.util.Collection;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.cstoatlas.record.Search;
import org.cstoatlas.ui.model.AtlasViewModel;

/** A search box with suggestions as the user types; choosing one selects it and moves the date to it. */
public final class SearchField extends TextField {

    private final AtlasViewModel vm;
    private final AutoCompletionBinding<Search.Hit> binding;

    public SearchField(AtlasViewModel vm) {
        this.vm = vm;
        setId("search");
        getStyleClass().add("search-field");
        setPromptText(Texts.get("search.prompt"));
        setAccessibleText(Texts.get("search.accessible"));
        HoverTip.help(this, Texts.get("search.tooltip"));
        setPrefColumnCount(22);
        // Every alliance: the context alliances' members and events are found too (an alliance's short name finds its events).
        // Built on the first search, on the completion's worker thread: not before the first map.
        org.cstoatlas.record.AllianceRecord record = vm.record();
        java.util.concurrent.atomic.AtomicReference<Search> search = new java.util.concurrent.atomic.AtomicReference<>();
        binding = TextFields.bindAutoCompletion(this, request -> search.updateAndGet(s -> s != null ? s : Search.everyAlliance(record))
                .find(request.getUserText(), 12), new StringConverter<>() {
            @Override
            public String toString(Search.Hit hit) {
                if (hit == null) return "";
                String title = SearchSuggestion.title(hit), detail = SearchSuggestion.detail(hit);
                return SearchSuggestion.kindLabel(hit.kind()) + " · " + title + (detail.isEmpty() ? "" : " — " + detail);
            }

            @Override
            public Search.Hit fromString(String s) {
                return null;
            }
        });
        binding.setVisibleRowCount(12);
        // The suggestions as wide as their longest line (at least the field's width, at most the
        // window's), so no line is cut short and no horizontal scroll bar appears.
        binding.getAutoCompletionPopup().getSuggestions().addListener((javafx.collections.ListChangeListener<Search.Hit>) c -> fitSuggestions());
        binding.setOnAutoCompleted(e -> {
            choose(e.getCompletion());
            // Leave the field showing what was chosen, not the long suggestion line; the keys go back to
            // the window (Space plays, the arrows step), as they did before the search.
            javafx.application.Platform.runLater(() -> {
                // The keys leave first: text set in a focused field would ask for suggestions again.
                whenDone.run();
                setText(SearchSuggestion.title(e.getCompletion()));
                binding.getAutoCompletionPopup().hide();
            });
        });
        // Return before the suggestions came (typed quickly, or the first search still building its index,
        // on a loaded machine a second and more): the best match is chosen, as Return on the list chooses it.
        // Before, nothing was chosen and the list opened a moment later.
        setOnAction(e -> {
            if (binding.getAutoCompletionPopup().isShowing() || getText().isBlank()) return;
            search.updateAndGet(s -> s != null ? s : Search.everyAlliance(record)).find(getText(), 1).stream().findFirst().ifPresent(hit -> {
                choose(hit);
                whenDone.run();
                setText(SearchSuggestion.title(hit));
            });
        });
        // Suggestions that come once the field has given the keys back (a choice made before they came) stay closed.
        binding.getAutoCompletionPopup().showingProperty().addListener((obs, was, showing) -> {
            if (showing && !isFocused()) javafx.application.Platform.runLater(() -> binding.getAutoCompletionPopup().hide());
        });
        // Ctrl+A selects the field's text, suggestions shown or not.
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.A && e.isShortcutDown()) {
                selectAll();
                e.consume();
            }
        });
    }

    private Runnable whenDone = () -> { };

    /** What to do when a search is over (chosen, or left with Esc): the window takes the keys back. */
    public void setOnDone(Runnable r) {
        whenDone = r;
    }

    /** Ends the search: the suggestions close and the keys go back to the window. */
    public void done() {
        binding.getAutoCompletionPopup().hide();
        whenDone.run();
    }

    /** Whether the suggestions are open (for tests). */
    public boolean suggesting() {
        return binding.getAutoCompletionPopup().isShowing();
    }

    /** Selects what the hit leads to; an event, a deployment, a force, an exercise or a base also moves the date there. */
    public void choose(Search.Hit hit) {
        org.cstoatlas.ui.model.Selection chosen = org.cstoatlas.ui.model.Selection.of(hit);
        // A context alliance's event is shown with its alliance on the map, beside the one shown first.
        org.cstoatlas.state.AllianceChoice a = vm.alliancesProperty().get();
        String id = chosen.alliance();
        if (id != null && !id.equals(a.first()) && !id.equals(a.second())) {
            vm.alliancesProperty().set(new org.cstoatlas.state.AllianceChoice(a.first(), id));
        }
        vm.select(chosen);
    }

    private void fitSuggestions() {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(getFont());
        double widest = 0;
        for (Search.Hit hit : binding.getAutoCompletionPopup().getSuggestions()) {
            probe.setText(binding.getAutoCompletionPopup().getConverter().toString(hit));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        // Room for the cells' padding and the vertical scroll bar.
        double wanted = widest + 2.5 * getFont().getSize() + 24;
        double most = getScene() == null ? wanted : getScene().getWidth() - 16;
        binding.setPrefWidth(Math.max(getWidth(), Math.min(wanted, most)));
    }

    /** The width the suggestions are shown at (for tests). */
    public double suggestionsWidth() {
        return binding.getPrefWidth();
    }

    /** The suggestions shown now (for tests and screen readers). */
    public Collection<Search.Hit> suggestions() {
        return binding.getAutoCompletionPopup().getSuggestions();
    }
}
