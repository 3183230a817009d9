package org.cstoatlas.ui.map;

import java.util.EnumMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.StatusSnapshot;
import org.cstoatlas.ui.state.AtlasViewModel;

/** Names each colour of the map and counts the countries in it on the selected date. */
public final class Legend extends VBox {

    private final Map<StatusStyle, Label> counts = new EnumMap<>(StatusStyle.class);

    public Legend(AtlasViewModel vm) {
        getStyleClass().add("legend");
        setAccessibleText("Legend");
        // The title folds the legend away (and back), so it never hides the map for long.
        Label title = new Label("▾ Status on the date");
        title.getStyleClass().add("legend-title");
        title.setId("legend-title");
        title.setTooltip(new Tooltip("Click to fold or unfold the legend"));
        title.setOnMouseClicked(e -> fold(!folded));
        getChildren().add(title);
        for (StatusStyle style : StatusStyle.values()) {
            Label count = new Label();
            count.getStyleClass().add("legend-count");
            counts.put(style, count);
            getChildren().add(row(swatch(style.pseudoClass(), false), style.label(), count, tooltipFor(style)));
        }
        getChildren().add(row(swatch(null, true), "Dashed: date known only to the month or year", null,
                "A change whose exact day the record does not know: the whole month or year is shown dashed and lighter."));
        Region crimea = swatch(PseudoClass.getPseudoClass("disputed"), true);
        crimea.getStyleClass().add("crimea-swatch");
        getChildren().add(row(crimea, "Crimea: disputed since 2014", null,
                "Crimea is shown as Ukraine's (ISO 3166) and never as alliance territory; from its annexation by Russia in 2014 it is marked disputed."));
        vm.statusesProperty().addListener((obs, o, now) -> count(now));
        count(vm.statusesProperty().get());
    }

    private static String tooltipFor(StatusStyle style) {
        return switch (style) {
            case MEMBER_ORGANIZATION -> "A member state of the Collective Security Treaty Organization (from the Charter of 7 October 2002).";
            case MEMBER_TREATY -> "A party to the Collective Security Treaty of 15 May 1992, before or outside the Organization.";
            case OBSERVER -> "An observer at the CSTO Parliamentary Assembly (not at the Organization itself).";
            case SUSPENDED -> "A member that suspended its membership or froze its participation.";
            case FORMER -> "A country that was a party and left.";
            case NONE -> "Named in the record, but not a party on this date.";
        };
    }

    private static Region swatch(PseudoClass state, boolean dashed) {
        Region r = new Region();
        r.getStyleClass().add("legend-swatch");
        if (state != null) r.pseudoClassStateChanged(state, true);
        if (dashed) r.pseudoClassStateChanged(PseudoClass.getPseudoClass("uncertain"), true);
        return r;
    }

    private static HBox row(Region swatch, String text, Label count, String tip) {
        Label label = new Label(text);
        label.getStyleClass().add("legend-label");
        HBox row = count == null ? new HBox(swatch, label) : new HBox(swatch, label, count);
        row.getStyleClass().add("legend-row");
        Tooltip.install(row, new Tooltip(tip));
        return row;
    }

    private void count(StatusSnapshot snapshot) {
        Map<StatusStyle, Integer> n = new EnumMap<>(StatusStyle.class);
        for (StatusAt s : snapshot.all()) n.merge(StatusStyle.of(s), 1, Integer::sum);
        counts.forEach((style, label) -> label.setText(Integer.toString(n.getOrDefault(style, 0))));
    }

    private boolean folded;

    /** Folds the legend to its title, or unfolds it. */
    public void fold(boolean fold) {
        folded = fold;
        for (int i = 1; i < getChildren().size(); i++) {
            getChildren().get(i).setVisible(!fold);
            getChildren().get(i).setManaged(!fold);
        }
        ((Label) getChildren().get(0)).setText((fold ? "▸ " : "▾ ") + "Status on the date");
    }

    /** The count shown beside a colour, as a user reads it. */
    public String countText(StatusStyle style) {
        return counts.get(style).getText();
    }
}
