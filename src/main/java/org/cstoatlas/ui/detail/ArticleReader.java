package org.cstoatlas.ui.detail;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cstoatlas.record.Quote;
import org.cstoatlas.ui.look.Texts;

/** The whole article a quote comes from, with the quote highlighted and scrolled into view. */
public final class ArticleReader {

    private ArticleReader() {
    }

    /** Opens the reader in a window of its own; returns that window. */
    public static Stage show(Window owner, Quote quote) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.getIcons().setAll(owner instanceof Stage s ? s.getIcons() : java.util.List.of());
        }
        stage.setTitle(Texts.format("reader.title", quote.source().title()));
        BorderPane root = view(quote);
        Scene scene = new Scene(root, 760, 640);
        org.cstoatlas.ui.look.Look.follow(owner, root);
        // Esc closes the article, so a keyboard user is never caught in it (Alt+F4 is not on every desktop).
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
        org.cstoatlas.ui.tools.StageSize.hold(stage, 760, 640);
        stage.show();
        return stage;
    }

    /** The reader's content: a header naming the source, and the article. */
    static BorderPane view(Quote quote) {
        String text = quote.source().text();
        Text before = new Text(text.substring(0, quote.start()));
        Text passage = new Text(text.substring(quote.start(), quote.end()));
        Text after = new Text(text.substring(quote.end()));
        before.getStyleClass().add("article-text");
        after.getStyleClass().add("article-text");
        passage.getStyleClass().addAll("article-text", "highlight");
        passage.setId("highlighted-quote");
        TextFlow flow = new TextFlow(before, passage, after);
        flow.getStyleClass().add("article");
        // A marker behind the passage, from the flow's own shape of that range of characters.
        Path marker = new Path();
        marker.getStyleClass().add("highlight-marker");
        marker.setManaged(false);
        flow.layoutBoundsProperty().addListener((obs, o, n) ->
                marker.getElements().setAll(flow.rangeShape(quote.start(), quote.end())));
        StackPane page = new StackPane(marker, flow);
        page.getStyleClass().add("article-page");
        StackPane.setAlignment(marker, javafx.geometry.Pos.TOP_LEFT);

        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("article-scroll");
        flow.heightProperty().addListener((obs, o, n) -> Platform.runLater(() -> scrollTo(scroll, flow, passage)));

        Label title = new Label(quote.source().title());
        title.getStyleClass().add("reader-title");
        title.setWrapText(true);
        Label source = new Label(quote.source().citation(org.cstoatlas.ui.look.Texts.language()));
        source.getStyleClass().add("reader-source");
        source.setWrapText(true);
        VBox header = new VBox(4, title, source);
        header.getStyleClass().add("reader-header");
        BorderPane root = new BorderPane(scroll);
        root.setTop(header);
        root.getStyleClass().add("article-reader");
        return root;
    }

    private static void scrollTo(ScrollPane scroll, TextFlow flow, Text passage) {
        double contentHeight = flow.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) return;
        double y = passage.getBoundsInParent().getMinY();
        double target = (y - viewport / 3) / (contentHeight - viewport);
        scroll.setVvalue(Math.max(0, Math.min(1, target)));
    }
}
