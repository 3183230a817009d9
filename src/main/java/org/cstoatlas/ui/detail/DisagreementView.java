package org.cstoatlas.ui.detail;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Quote;
import org.cstoatlas.ui.look.Texts;

/** "Sources disagree": every version side by side with its evidence, and what the map shows and why. */
final class DisagreementView extends VBox {

    DisagreementView(Disagreement d, Consumer<Quote> readInContext) {
        getStyleClass().add("disagreement");
        Label flag = new Label(Texts.get("disagreement.flag"));
        flag.getStyleClass().add("disagreement-flag");
        Label topic = EvidenceView.wrapped(d.topic(Texts.language()), "disagreement-topic");
        HBox versions = new HBox(8);
        versions.getStyleClass().add("disagreement-versions");
        for (Disagreement.Version v : d.versions()) {
            VBox column = new VBox(4);
            column.getStyleClass().add("disagreement-version");
            column.getChildren().add(EvidenceView.wrapped(v.says(Texts.language()), "version-says"));
            for (Evidence e : v.evidence()) column.getChildren().add(new EvidenceView(e, readInContext));
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setMaxWidth(Double.MAX_VALUE);
            column.prefWidthProperty().bind(versions.widthProperty().divide(d.versions().size()));
            versions.getChildren().add(column);
        }
        Label shown = EvidenceView.wrapped(Texts.format("disagreement.shown", d.shown(Texts.language())), "disagreement-shown");
        Label why = EvidenceView.wrapped(Texts.format("disagreement.why", d.why(Texts.language())), "disagreement-why");
        getChildren().addAll(flag, topic, versions, shown, why);
    }
}
