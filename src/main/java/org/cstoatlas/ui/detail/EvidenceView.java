package org.cstoatlas.ui.detail;

import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cstoatlas.record.Citation;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Quote;
import org.cstoatlas.ui.look.Texts;

/** One piece of evidence as a card: a quote with its source and "Read in context", or a reference. */
final class EvidenceView extends VBox {

    EvidenceView(Evidence evidence, Consumer<Quote> readInContext) {
        getStyleClass().add("evidence");
        if (evidence instanceof Quote q) {
            getStyleClass().add("evidence-quote");
            Label text = wrapped("“" + q.text().replaceAll("\\s+", " ").strip() + "”", "quote-text");
            Label source = wrapped("— " + q.source().citation(Texts.language()), "evidence-source");
            Hyperlink read = new Hyperlink(Texts.get("evidence.readInContext"));
            read.getStyleClass().add("read-in-context");
            read.setAccessibleText(Texts.format("evidence.readInContext.accessible", q.source().title()));
            read.setOnAction(e -> readInContext.accept(q));
            getChildren().addAll(text, source, read);
        } else if (evidence instanceof Citation c) {
            getStyleClass().add("evidence-reference");
            Label badge = new Label(Texts.format("evidence.reference", Texts.get("evidence.confidence." + c.reference().confidence().id())));
            badge.getStyleClass().addAll("badge", "confidence-" + c.reference().confidence().id());
            Label says = wrapped(c.says(Texts.language()), "reference-says");
            Label source = wrapped("— " + c.reference().citation(Texts.language()), "evidence-source");
            getChildren().addAll(new HBox(badge), says, source);
            String onReference = c.reference().note(Texts.language());
            if (onReference != null) getChildren().add(wrapped(Texts.format("evidence.referenceNote", onReference), "editor-note"));
        }
        if (evidence.note() != null) getChildren().add(wrapped(Texts.format("evidence.editorsNote", evidence.note(Texts.language())), "editor-note"));
    }

    static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
