package org.cstoatlas.ui.detail;

import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cstoatlas.record.Citation;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Quote;

/** One piece of evidence as a card: a quote with its source and "Read in context", or a reference. */
final class EvidenceView extends VBox {

    EvidenceView(Evidence evidence, Consumer<Quote> readInContext) {
        getStyleClass().add("evidence");
        if (evidence instanceof Quote q) {
            getStyleClass().add("evidence-quote");
            Label text = wrapped("“" + q.text().strip() + "”", "quote-text");
            Label source = wrapped("— " + q.source().citation(), "evidence-source");
            Hyperlink read = new Hyperlink("Read in context");
            read.getStyleClass().add("read-in-context");
            read.setAccessibleText("Read the quote in context: " + q.source().title());
            read.setOnAction(e -> readInContext.accept(q));
            getChildren().addAll(text, source, read);
        } else if (evidence instanceof Citation c) {
            getStyleClass().add("evidence-reference");
            Label badge = new Label("Reference · " + c.reference().confidence().id() + " confidence");
            badge.getStyleClass().addAll("badge", "confidence-" + c.reference().confidence().id());
            Label says = wrapped(c.says(), "reference-says");
            Label source = wrapped("— " + c.reference().citation(), "evidence-source");
            getChildren().addAll(new HBox(badge), says, source);
        }
        if (evidence.note() != null) getChildren().add(wrapped("Editor's note: " + evidence.note(), "editor-note"));
    }

    static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
